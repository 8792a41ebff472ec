package news.dispatch.search;

import java.util.List;

import news.dispatch.index.StoredEntity;

/**
 * One whole article for reading: plain text (the page escapes it), its entities with every mention's offsets in
 * the title or body, and related coverage.
 */
public record ArticleView(String id, String title, String body, String date, String source, String url,
                          String language, List<StoredEntity> persons, List<StoredEntity> countries,
                          List<Related> related) {

    /** Another article on the same story; {@code nearDuplicate} when it is mostly the same text. */
    public record Related(String id, String title, String date, String source, float score, boolean nearDuplicate) {
    }
}
