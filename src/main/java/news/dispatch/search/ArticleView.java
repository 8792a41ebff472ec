package news.dispatch.search;

import java.util.List;

import news.dispatch.index.StoredEntity;

/**
 * One whole article for reading: plain text (the page escapes it), its entities with every mention's offsets in
 * the title or body, related coverage, and, when it was opened from a search, where that search's words matched
 * ({@code matches}: UTF-16 offsets into the title or body, as the backend's own analysis found them).
 */
public record ArticleView(String id, String title, String body, String date, String source, String url,
                          String language, List<StoredEntity> persons, List<StoredEntity> countries,
                          List<StoredEntity> organizations, List<Related> related, List<Match> matches,
                          List<Corrected> corrections,
                          @com.fasterxml.jackson.annotation.JsonInclude(
                                  com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String author) {

    /** An article without a known author. */
    public ArticleView(String id, String title, String body, String date, String source, String url,
                       String language, List<StoredEntity> persons, List<StoredEntity> countries,
                       List<StoredEntity> organizations, List<Related> related, List<Match> matches,
                       List<Corrected> corrections) {
        this(id, title, body, date, source, url, language, persons, countries, organizations, related, matches,
                corrections, null);
    }

    /** An article of a backend that stores persons and countries only, without entity corrections. */
    public ArticleView(String id, String title, String body, String date, String source, String url,
                       String language, List<StoredEntity> persons, List<StoredEntity> countries,
                       List<Related> related, List<Match> matches) {
        this(id, title, body, date, source, url, language, persons, countries, List.of(), related, matches, List.of());
    }

    /** An article without search matches (opened without a query). */
    public ArticleView(String id, String title, String body, String date, String source, String url,
                       String language, List<StoredEntity> persons, List<StoredEntity> countries,
                       List<Related> related) {
        this(id, title, body, date, source, url, language, persons, countries, related, List.of());
    }

    /**
     * A value a rule changed in this article: {@code name} is the value now (null when the rule removed it),
     * {@code kind} its kind now, {@code rule} the rule's number in the overrides file (0: automatic, one name per
     * person), {@code note} how it reads ("merged from 'Chris Stevens' by rule 3").
     */
    public record Corrected(String kind, String name, String from, String action, int rule, String note) {
    }

    /** Where a searched word or phrase is in the article: {@code field} is "title" or "body", {@code end} exclusive. */
    public record Match(String field, int start, int end) {
    }

    /** Another article on the same story; {@code nearDuplicate} when it is mostly the same text. */
    public record Related(String id, String title, String date, String source, float score, boolean nearDuplicate) {
    }
}
