package news.dispatch.index;

import java.util.List;

/** A person or country of a stored article with every mention. {@code code} is the ISO code of a country. */
public record StoredEntity(String name, String code, List<FieldMention> mentions) {
    public StoredEntity {
        mentions = List.copyOf(mentions);
    }
}
