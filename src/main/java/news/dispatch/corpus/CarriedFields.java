package news.dispatch.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields an input carries beyond those Dispatch reads itself (AllSides' {@code bias} and {@code topic}, a front
 * matter's {@code section}, a page's {@code <meta name="keywords">}): kept with the article, under bounds, so a corpus
 * brings its own metadata without a code change. What does not fit the bounds is not dropped silently but listed in
 * {@link #ignored()}, and the run reports it once per field ({@link ArticleSink#ignoredField}).
 *
 * <p>Names are folded to lower-case letters, digits and {@code _} ({@code Dc.Subject} → {@code dc_subject}), so every
 * kept name can be written in a query ({@code dc_subject:economy}); the index prefixes them so none can clash with a
 * field of its own.
 */
public final class CarriedFields {
    /** At most this many carried fields per article; a corpus of hundreds of keys per record is a data dump. */
    public static final int MAX_FIELDS = 20;
    /** At most this many values per field (a JSON list). */
    public static final int MAX_VALUES = 20;
    /** A longer name is no field name anybody types. */
    public static final int MAX_NAME_CHARS = 40;
    /** A longer value is text, not metadata (a summary, an embedded page): the body is where text belongs. */
    public static final int MAX_VALUE_CHARS = 200;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /**
     * Names of the article's own fields and of the fields a query names ({@code Title} folds to one): a carried field
     * so named could never be written in a query, and would be listed twice.
     */
    private static final java.util.Set<String> OWN = java.util.Set.of("id", "title", "body", "text", "date", "source",
            "url", "language", "lang", "author", "authors", "person", "country", "organization");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.:\\-/]+");

    /** A field left out, and why ("a nested object"). */
    public record Ignored(String field, String reason) {
    }

    private final Map<String, List<String>> kept = new LinkedHashMap<>();
    private final List<Ignored> ignored = new ArrayList<>();

    /** Adds a field of one text value (front matter, a page's meta tag); a blank value carries nothing. */
    void add(String rawName, String value) {
        if (value == null || value.isBlank()) return;
        add(rawName, List.of(value.strip()));
    }

    /**
     * Adds a JSON member: a string, number or boolean is one value, a list of them several; an object, or a list
     * holding one, is ignored (a nested structure has no single value to filter on). Null carries nothing.
     */
    void addJson(String rawName, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return;
        if (node.isValueNode()) {
            add(rawName, node.asText());
            return;
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            for (JsonNode element : node) {
                if (element.isNull()) continue;
                if (!element.isValueNode()) {
                    ignore(rawName, "a list holding " + JsonArticles.kind(element) + " (only text, numbers and "
                            + "true/false are kept)");
                    return;
                }
                if (!element.asText().isBlank()) values.add(element.asText().strip());
            }
            if (!values.isEmpty()) add(rawName, values);
            return;
        }
        ignore(rawName, "a nested object (only text, numbers, true/false and lists of them are kept)");
    }

    private void add(String rawName, List<String> values) {
        String name = name(rawName);
        if (name == null) {
            ignore(rawName, "its name is not a field name (letters, digits and _ , at most " + MAX_NAME_CHARS
                    + " characters, starting with a letter)");
            return;
        }
        if (OWN.contains(name)) {
            ignore(rawName, "it is named like one of the article's own fields (" + name + ")");
            return;
        }
        if (!kept.containsKey(name) && kept.size() >= MAX_FIELDS) {
            ignore(rawName, "the article already has " + MAX_FIELDS + " fields of its own (the most kept)");
            return;
        }
        List<String> into = kept.computeIfAbsent(name, n -> new ArrayList<>());
        for (String v : values) {
            if (v.length() > MAX_VALUE_CHARS) {
                ignore(rawName, "a value of " + v.length() + " characters (at most " + MAX_VALUE_CHARS
                        + " are kept: longer text belongs in the body)");
            } else if (into.size() >= MAX_VALUES) {
                ignore(rawName, "more than " + MAX_VALUES + " values (the first " + MAX_VALUES + " are kept)");
                break;
            } else if (!into.contains(v)) {
                into.add(v);
            }
        }
        if (into.isEmpty()) kept.remove(name);
    }

    void ignore(String rawName, String reason) {
        ignored.add(new Ignored(shown(rawName), reason));
    }

    /**
     * The name a carried field is kept under: lower-case, separators ({@code . : - /} and spaces) as {@code _}; null
     * when that is no name (another alphabet, a leading digit, too long).
     */
    public static String name(String raw) {
        if (raw == null) return null;
        String name = SEPARATORS.matcher(raw.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
        return name.length() <= MAX_NAME_CHARS && NAME.matcher(name).matches() ? name : null;
    }

    private static String shown(String rawName) {
        String s = String.valueOf(rawName);
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** The fields kept, by name, each with its values in input order. */
    Map<String, List<String>> kept() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        kept.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    List<Ignored> ignored() {
        return List.copyOf(ignored);
    }

    static CarriedFields none() {
        return new CarriedFields();
    }
}
