package news.dispatch.search;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import news.dispatch.index.Schema;

/**
 * Which entities of an article the entity filters and facet counts read: those it is {@link #ABOUT} (the default:
 * lead, repetition, the only one of its kind) or {@link #ALL} it mentions, however briefly.
 */
public enum MentionScope {
    ABOUT, ALL;

    public static final String PARAM = "mentions";

    /** The query-string spelling: "about" / "all". */
    @JsonValue
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "about" or "all"; anything else is a {@link BadRequestException} saying what each means. */
    public static MentionScope parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "about" -> ABOUT;
            case "all", "any" -> ALL;
            default -> throw new BadRequestException("'" + PARAM + "' must be about (the persons, countries and "
                    + "organizations an article is about: the default) or all (every one it mentions), not '"
                    + value + "'.");
        };
    }

    /** The facet dimension that holds an entity dimension's values in this mode. */
    public String facetDim(String dim) {
        // A language is no entity: an article is simply in it.
        return this == ABOUT && Schema.entityDims().contains(dim) ? Schema.aboutDim(dim) : dim;
    }
}
