package news.dispatch.entity.correction;

import java.util.List;
import java.util.Locale;

/**
 * One correction a user made to the entities of an index, as one line of the overrides file.
 *
 * @param action what it does
 * @param kind   the dimension the value is in: person, country or organization
 * @param value  the name it applies to (for {@link Action#NOT_ENTITY}, a mention's surface text)
 * @param target the new name (merge, rename), the new kind (retype), the article id a not-entity rule is limited to
 *               (null: every article), or null (block)
 * @param context the words that must stand around a mention for the rule to apply to it ({@link WordContext}), or
 *               null: the rule applies to every mention of the value
 */
public record EntityRule(Action action, String kind, String value, String target, WordContext context) {
    /** The kinds of entity a rule can name, as the command line and the file spell them. */
    public static final List<String> KINDS = List.of("person", "country", "organization");

    public enum Action {
        MERGE("merge", "merged from"), RENAME("rename", "renamed from"), BLOCK("block", "blocked"),
        RETYPE("retype", "retyped from"), NOT_ENTITY("not-entity", "not an entity:");

        private final String word;
        private final String done;

        Action(String word, String done) {
            this.word = word;
            this.done = done;
        }

        /** How the file and the command line spell it. */
        public String word() {
            return word;
        }

        /** How a correction made by it reads: "merged from 'Chris Stevens'". */
        public String done() {
            return done;
        }

        public static Action of(String word) {
            for (Action a : values()) if (a.word.equals(word)) return a;
            throw new IllegalArgumentException("unknown action '" + word + "' (merge, rename, block, retype or not-entity)");
        }
    }

    /** A rule for every mention of the value. */
    public EntityRule(Action action, String kind, String value, String target) {
        this(action, kind, value, target, null);
    }

    public EntityRule {
        if (action == null) throw new IllegalArgumentException("a rule needs an action");
        kind = checkedKind(kind);
        value = checkedText("value", value);
        switch (action) {
            case MERGE, RENAME -> {
                target = checkedText("new name", target);
                if (target.equals(value)) throw new IllegalArgumentException("'" + value + "' is already called that");
            }
            case RETYPE -> {
                target = checkedKind(target);
                if (target.equals(kind)) throw new IllegalArgumentException("'" + value + "' is already a " + kind);
            }
            case BLOCK -> target = null;
            case NOT_ENTITY -> target = target == null || target.isBlank() ? null : checkedText("article id", target);
        }
    }

    /** Person, country or organization (plurals accepted: "persons"). */
    public static String checkedKind(String kind) {
        String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        if (k.equals("countries")) k = "country";
        else if (k.endsWith("s")) k = k.substring(0, k.length() - 1);
        if (!KINDS.contains(k)) {
            throw new IllegalArgumentException("unknown kind '" + kind + "' (person, country or organization)");
        }
        return k;
    }

    private static String checkedText(String what, String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("the " + what + " is empty");
        // The file is one rule a line, tab-separated: such a value could not be written back.
        if (text.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("the " + what + " holds a tab or a line break");
        }
        return text.strip();
    }

    /** What the rule does, for {@code entities list}. */
    public String describe() {
        return what() + (context == null ? "" : " where the words around it match '" + context + "'");
    }

    private String what() {
        return switch (action) {
            case MERGE -> "merge " + kind + " '" + value + "' into '" + target + "'";
            case RENAME -> "rename " + kind + " '" + value + "' to '" + target + "'";
            case BLOCK -> "block " + kind + " '" + value + "'";
            case RETYPE -> "retype '" + value + "' from " + kind + " to " + target;
            case NOT_ENTITY -> "'" + value + "' is not a " + kind + (target == null ? "" : " in article " + target);
        };
    }
}
