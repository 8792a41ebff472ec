package news.dispatch.export;

import java.util.ArrayList;
import java.util.List;

import news.dispatch.index.Schema;
import news.dispatch.search.ExportRow;

/**
 * A column of an export: the article fields, one per entity dimension of the schema (persons, countries, …), one
 * per dimension's about set (persons_about: which of the persons the article is about), and the snippet. Chosen by
 * name, in the order given.
 */
public record ExportField(String name) {
    private static final List<String> ARTICLE = List.of("id", "date", "title", "url", "source", "author", "story");
    public static final String SNIPPET = "snippet";
    public static final String LANGUAGE = "language";
    /** Several names in one cell (persons, countries): a separator no canonical name contains. */
    public static final String MULTI_SEPARATOR = "; ";

    /** Every field there is, in the default order; the snippet last. */
    public static List<ExportField> all() {
        List<ExportField> fields = new ArrayList<>();
        ARTICLE.forEach(n -> fields.add(new ExportField(n)));
        Schema.entityDims().forEach(d -> fields.add(new ExportField(d)));
        // The about flags: per dimension, the names of the previous columns the article is about.
        Schema.entityDims().forEach(d -> fields.add(new ExportField(Schema.aboutDim(d))));
        // After the entity columns, so the columns of exports made before languages keep their places.
        fields.add(new ExportField(LANGUAGE));
        fields.add(new ExportField(SNIPPET));
        return fields;
    }

    /** Every field but the snippet, which costs highlighting and is asked for by name. */
    public static List<ExportField> defaults() {
        return all().stream().filter(f -> !f.name.equals(SNIPPET)).toList();
    }

    /** Fields from "id,title,persons"; an unknown name is an {@link IllegalArgumentException} naming the known ones. */
    public static List<ExportField> parse(String list) {
        if (list == null || list.isBlank()) return defaults();
        List<String> known = all().stream().map(ExportField::name).toList();
        List<ExportField> fields = new ArrayList<>();
        for (String raw : list.split(",")) {
            String name = raw.strip();
            if (name.isEmpty()) continue;
            // A field the articles' input carries is asked for by its index name (meta.bias): not a default column,
            // as no list of them is known before the corpus is read.
            if (!known.contains(name) && Schema.carriedName(name) == null) {
                throw new IllegalArgumentException("'" + name + "' is no export field; choose from " + String.join(", ", known)
                        + ", or meta.NAME for a field the articles carry (see /api/fields).");
            }
            if (fields.stream().noneMatch(f -> f.name.equals(name))) fields.add(new ExportField(name));
        }
        if (fields.isEmpty()) throw new IllegalArgumentException("No export field named; choose from " + String.join(", ", known) + ".");
        return fields;
    }

    public static boolean wantsSnippets(List<ExportField> fields) {
        return fields.stream().anyMatch(f -> f.name.equals(SNIPPET));
    }

    /** The about names of this about column's dimension; null (an empty cell) when the index does not know them. */
    private Object about(ExportRow row) {
        if (row.about() == null) return null;
        return row.about().getOrDefault(Schema.dimOfAbout(name), List.of());
    }

    /** The value of this field in a row: text, a list of names, or null. */
    public Object of(ExportRow row) {
        return switch (name) {
            case "id" -> row.id();
            case "date" -> row.date();
            case "title" -> row.title();
            case "url" -> row.url();
            case "source" -> row.source();
            case "story" -> row.story();
            case "author" -> row.author();
            case SNIPPET -> row.snippet();
            case LANGUAGE -> row.language();
            default -> Schema.carriedName(name) != null ? row.carried().getOrDefault(Schema.carriedName(name), List.of())
                    : Schema.dimOfAbout(name) != null ? about(row) : row.entities().getOrDefault(name, List.of());
        };
    }
}
