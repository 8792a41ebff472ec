package news.dispatch.index;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person, country or organization of a stored article with every mention. {@code code} is the ISO code of a
 * country; {@code about} whether the article is about it ({@link AboutSets}), null in an index written before the
 * about set was kept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredEntity(String name, String code, List<FieldMention> mentions, Boolean about) {
    public StoredEntity {
        mentions = List.copyOf(mentions);
    }

    public StoredEntity(String name, String code, List<FieldMention> mentions) {
        this(name, code, mentions, null);
    }
}
