package news.dispatch.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

import news.dispatch.entity.text.InvisibleCharacters;
import news.dispatch.index.Schema;

/**
 * The filter on one entity dimension (persons, countries, …): the values an article must name, whether it must
 * name any of them or all of them, and the values it must not name.
 *
 * @param values   the values wanted; empty means no constraint
 * @param match    {@link Match#ANY} (at least one of {@code values}) or {@link Match#ALL} (every one)
 * @param excluded values an article must not name, whatever {@code match} says
 */
public record EntityFilter(List<String> values, Match match, List<String> excluded) {
    public static final EntityFilter NONE = new EntityFilter(List.of(), Match.ANY, List.of());

    public enum Match {
        ANY, ALL;

        /** The query-string spelling: "or" / "and". */
        @JsonValue
        public String param() {
            return this == ANY ? "or" : "and";
        }
    }

    public EntityFilter {
        // Names are extracted without invisible characters; one pasted from a right-to-left page carries bidi marks.
        values = List.copyOf(values.stream().map(InvisibleCharacters::visible).toList());
        excluded = List.copyOf(excluded.stream().map(InvisibleCharacters::visible).toList());
        if (match == null) match = Match.ANY;
    }

    /** The singular name of a dimension in parameters and options: persons → person, countries → country. */
    public static String param(String dim) {
        return Schema.storedField(dim);
    }

    /** The dimension a singular name stands for, or null. */
    public static String dimOf(String param, List<String> dims) {
        return dims.stream().filter(d -> param(d).equals(param) || d.equals(param)).findFirst().orElse(null);
    }

    public static EntityFilter anyOf(List<String> values) {
        return new EntityFilter(values, Match.ANY, List.of());
    }

    public boolean isEmpty() {
        return values.isEmpty() && excluded.isEmpty();
    }

    /**
     * Whether the dimension's own values are counted sideways (as if its filter were not applied). Under ANY they
     * are, so a reader can widen the selection; under ALL a value's count is how many of the current results also
     * name it, that is, how many would remain if it were added.
     */
    boolean sideways() {
        return match == Match.ANY;
    }
}
