package news.dispatch.index;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person, country or organization of a stored article with every mention. {@code code} is the ISO code of a
 * country, or of a national body's country; {@code about} whether the article is about it ({@link AboutSets}), null
 * in an index written before the about set was kept; {@code mentionCount} the number of mentions when {@code mentions} holds only the first of them
 * (an article view's cap), else null (never stored).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredEntity(String name, String code, List<FieldMention> mentions, Boolean about,
                           Integer mentionCount) {
    public StoredEntity {
        mentions = List.copyOf(mentions);
    }

    public StoredEntity(String name, String code, List<FieldMention> mentions, Boolean about) {
        this(name, code, mentions, about, null);
    }

    public StoredEntity(String name, String code, List<FieldMention> mentions) {
        this(name, code, mentions, null);
    }

    /** The same entity with only its first {@code kept} mentions listed, and how many it has in all. */
    public StoredEntity withFirstMentions(int kept) {
        if (kept >= mentions.size()) return this;
        return new StoredEntity(name, code, mentions.subList(0, kept), about, mentions.size());
    }
}
