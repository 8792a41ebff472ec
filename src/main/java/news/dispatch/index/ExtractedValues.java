package news.dispatch.index;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

import news.dispatch.entity.correction.Correction;
import news.dispatch.entity.correction.EntityRules;

/**
 * The fields that let entity rules be re-applied without the model: each extracted value and mention text as a term
 * (which articles a rule touches; the person names of the index), and, on an article a rule changed, its entities as
 * extracted and the corrections made.
 */
public final class ExtractedValues {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YES = "yes";

    private ExtractedValues() {
    }

    static void add(Document doc, StoredEntities extracted, List<Correction> corrections, String title, String body) {
        // Sorted: the same article gives the same document, field for field.
        for (String v : values(extracted)) doc.add(new StringField(Schema.EXTRACTED_VALUE, v, Store.NO));
        for (String m : mentions(extracted)) doc.add(new StringField(Schema.EXTRACTED_MENTION, m, Store.NO));
        // Lone names the displayed entities drop are kept as extracted, so later rules can still join them.
        if (corrections.isEmpty() && !extracted.holdsLoneNames()) return;
        doc.add(new StoredField(Schema.EXTRACTED, extracted.toBytes(title, body)));
        if (corrections.isEmpty()) return;
        doc.add(new StoredField(Schema.CORRECTIONS, toJson(corrections)));
        doc.add(new StringField(Schema.CORRECTED, YES, Store.NO));
    }

    /** Each extracted value as "kind\tname" ({@link EntityRules#key}), sorted. */
    public static java.util.SortedSet<String> values(StoredEntities extracted) {
        java.util.SortedSet<String> values = new java.util.TreeSet<>();
        for (var kind : byKind(extracted).entrySet()) {
            for (StoredEntity e : kind.getValue()) {
                // A "name" too long for the facets (ArticleDocument warns of it) is no term either: Lucene would
                // refuse the article.
                if (named(e)) values.add(EntityRules.key(kind.getKey(), e.name()));
            }
        }
        return values;
    }

    /** Each extracted mention's text as {@link #mentionTerm} gives it, sorted. */
    public static java.util.SortedSet<String> mentions(StoredEntities extracted) {
        java.util.SortedSet<String> mentions = new java.util.TreeSet<>();
        for (var kind : byKind(extracted).entrySet()) {
            for (StoredEntity e : kind.getValue()) {
                if (!named(e)) continue;
                for (FieldMention m : e.mentions()) {
                    if (m.text().length() <= ArticleDocument.MAX_NAME_CHARS) mentions.add(mentionTerm(kind.getKey(), m.text()));
                }
            }
        }
        return mentions;
    }

    private static boolean named(StoredEntity e) {
        return e.name() != null && !e.name().isBlank() && e.name().length() <= ArticleDocument.MAX_NAME_CHARS;
    }

    /**
     * What rules may change: the extracted values and mention texts they name. An article is within reach when it holds
     * one of them or a rule changed it before ({@code corrected}): what the embedded index's candidate query asks of
     * its terms, for articles read from elsewhere (a SolrCloud collection).
     */
    public record Reach(Set<String> values, Set<String> mentions) {
        public static Reach of(EntityRules rules) {
            Set<String> mentions = new HashSet<>();
            for (var r : rules.mentionRules()) mentions.add(mentionTerm(r.kind(), r.value()));
            return new Reach(Set.copyOf(rules.affectedValues()), Set.copyOf(mentions));
        }

        /** @param values {@link #values} of the article, @param mentions its {@link #mentions} */
        public boolean covers(Set<String> values, Set<String> mentions, boolean corrected) {
            if (corrected) return true;
            for (String v : values) if (this.values.contains(v)) return true;
            for (String m : mentions) if (this.mentions.contains(m)) return true;
            return false;
        }
    }

    static java.util.Map<String, List<StoredEntity>> byKind(StoredEntities entities) {
        return java.util.Map.of("person", entities.persons(), "country", entities.countries(),
                "organization", entities.organizations());
    }

    static String mentionTerm(String kind, String text) {
        return EntityRules.key(kind, text.strip().toLowerCase(Locale.ROOT));
    }

    static String corrected() {
        return YES;
    }

    public static String toJson(List<Correction> corrections) {
        try {
            return JSON.writeValueAsString(corrections);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The corrections stored with an article; none when there are none or the field does not parse. */
    public static List<Correction> corrections(String json) {
        if (json == null) return List.of();
        try {
            return JSON.readValue(json, new TypeReference<List<Correction>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
