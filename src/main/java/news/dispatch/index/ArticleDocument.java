package news.dispatch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import news.dispatch.corpus.Article;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.entity.correction.EntityRules;
import news.dispatch.entity.organization.OrganizationGazetteer;
import news.dispatch.entity.organization.PublishingOutlet;

/**
 * Turns an article and its entities into the Lucene document the {@link Schema} describes. Values that Lucene keeps
 * as one term (facet labels) are bounded here: a "name" over {@link #MAX_NAME_CHARS} characters is a run of names the
 * model read as one, and is left out with a warning instead of failing the article.
 */
public final class ArticleDocument {
    private static final OrganizationGazetteer ORGANIZATIONS = OrganizationGazetteer.standard();
    /** Longer person or country names are left out of the facets (the longest real names have about 60). */
    static final int MAX_NAME_CHARS = 200;

    private final FacetsConfig config = Schema.facetsConfig();
    private final EntityRules rules;

    /** Documents with the entities as extracted. */
    ArticleDocument() {
        this(EntityRules.NONE);
    }

    /** Documents whose entities are corrected by {@code rules} (README, Correcting entities). */
    ArticleDocument(EntityRules rules) {
        this.rules = rules;
    }

    EntityRules rules() {
        return rules;
    }

    /** Builds the document; {@code warnings} receives what was left out of it. */
    Document build(Article article, Entities entities, String hash, java.util.function.Consumer<String> warnings)
            throws IOException {
        return build(article, StoredEntities.extracted(entities, article.title(), article.language()), hash, warnings);
    }

    /**
     * Builds the document from the entities as extracted, in their stored form: the one path of indexing and of
     * re-applying the rules to an indexed article, so both give the same document.
     */
    Document build(Article article, StoredEntities extracted, String hash, java.util.function.Consumer<String> warnings)
            throws IOException {
        EntityRules.Resolution resolution = rules.apply(extracted.toEntities(article.title()), article.id(),
                StoredEntities.extractorText(article.title(), article.body()));
        Entities entities = StoredEntities.identified(resolution.entities());
        Document doc = new Document();
        // KeywordField: indexed as one term (updates and lookups by id) and sorted doc values.
        doc.add(new KeywordField(Schema.ID, article.id(), Store.YES));
        doc.add(new StringField(Schema.HASH, hash, Store.YES));
        doc.add(new StringField(Schema.FILE, String.valueOf(article.file()), Store.YES));
        doc.add(new Field(Schema.TITLE, article.title(), Schema.TEXT));
        doc.add(new Field(Schema.BODY, article.body(), Schema.TEXT));
        if (article.date() != null) {
            doc.add(new LongField(Schema.DATE, article.date().toEpochMilli(), Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Schema.DAY_DIM, Schema.DAY.format(article.date())));
        } else {
            // "No date" is a visible facet value, not a silent gap in the histogram.
            doc.add(new SortedSetDocValuesFacetField(Schema.DAY_DIM, Schema.UNDATED));
        }
        if (article.source() != null) {
            doc.add(new TextField(Schema.SOURCE, article.source(), Store.YES));
            if (article.source().length() <= Schema.MAX_SOURCE_FACET_CHARS) {
                doc.add(new SortedSetDocValuesFacetField(Schema.SOURCES_DIM, article.source()));
            } else {
                warnings.accept("a source of " + article.source().length() + " characters is no outlet's name; left out "
                        + "of the outlets facet (still stored and searchable)");
            }
        }
        addCarried(doc, article.fields());
        if (article.url() != null) doc.add(new StoredField(Schema.URL, article.url()));
        if (article.author() != null) doc.add(new TextField(Schema.AUTHOR, article.author(), Store.YES));
        if (article.language() != null) {
            doc.add(new StringField(Schema.LANGUAGE, article.language(), Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Schema.LANGUAGES_DIM, article.language()));
        }
        addReadings(doc, article.language(), article.title(), article.body());
        String text = StoredEntities.extractorText(article.title(), article.body());
        addEntities(doc, entities, AboutSets.of(text, entities, new PublishingOutlet(article.source(), article.url())), article.title(),
                article.body(), warnings);
        ExtractedValues.add(doc, extracted, resolution.corrections(), article.title(), article.body());
        // A story of its own until StoryGroups links it to its copies (it runs after every write).
        doc.add(new BinaryDocValuesField(Schema.STORY, new BytesRef(article.id())));
        doc.add(new NumericDocValuesField(Schema.STORY_KEY, StoryKeys.of(article.id())));
        StorySignature signature = StorySignature.of(article.title(), article.body());
        if (signature != null) doc.add(new BinaryDocValuesField(Schema.STORY_SIGNATURE, new BytesRef(signature.toBytes())));
        return config.build(doc);
    }

    /**
     * The fields the input carries ({@link news.dispatch.corpus.CarriedFields}, already bounded there), each under
     * {@link Schema#carriedField}: stored, searchable word by word ({@code bias:left}) and a facet value.
     */
    private static void addCarried(Document doc, java.util.Map<String, java.util.List<String>> fields) {
        fields.forEach((name, values) -> {
            String field = Schema.carriedField(name);
            for (String value : values) {
                doc.add(new TextField(field, value, Store.YES));
                doc.add(new SortedSetDocValuesFacetField(field, value));
            }
        });
    }

    /** The carried fields of a stored document, by name, values in stored order: what {@link #addCarried} wrote. */
    public static java.util.Map<String, java.util.List<String>> carried(Document stored) {
        java.util.Map<String, java.util.List<String>> fields = new java.util.LinkedHashMap<>();
        for (var f : stored.getFields()) {
            String name = Schema.carriedName(f.name());
            if (name != null && f.stringValue() != null) fields.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(f.stringValue());
        }
        return fields;
    }

    /**
     * The title and body as the article's language reads them, and their cross-script keys, beside the English
     * reading every article has ({@link Schema#TITLE}, {@link Schema#BODY}: English articles are read as before).
     */
    private static void addReadings(Document doc, String language, String title, String body) {
        doc.add(new StringField(Schema.ANALYSIS, LanguageChains.of(language), Store.NO));
        Schema.readings(language, title, body).forEach((field, text) -> doc.add(new Field(field, text, Schema.UNSTORED_TEXT)));
    }

    /**
     * The title and body with their readings, as {@link #build} indexes them, and nothing else: what a query's words
     * are located in when the article is in no local index (a cluster's article view).
     */
    public static Document text(String language, String title, String body) {
        Document doc = new Document();
        doc.add(new Field(Schema.TITLE, title, Schema.TEXT));
        doc.add(new Field(Schema.BODY, body, Schema.TEXT));
        addReadings(doc, language, title, body);
        return doc;
    }

    /**
     * The entity fields of a document, in one place: for each dimension the searchable names, the facet values of
     * every mention and of the about set, the about names stored, and the stored mentions (with about flags) for the
     * article view. Whatever writes an article's entities (indexing, re-applying corrections) goes through here, so
     * the about dimension stays in step with the names.
     */
    public static void addEntities(Document doc, Entities entities, AboutSets about, String title, String body,
                                   java.util.function.Consumer<String> warnings) {
        for (String person : facetNames(entities.persons(), "person", warnings)) {
            if (!NewsEntityExtractor.identifies(person)) continue;
            doc.add(new TextField(Schema.PERSON, person, Store.YES));
            addFacet(doc, Schema.PERSONS_DIM, person, about);
        }
        for (String country : facetNames(entities.countries(), "country", warnings)) {
            doc.add(new TextField(Schema.COUNTRY, country, Store.YES));
            addFacet(doc, Schema.COUNTRIES_DIM, country, about);
        }
        for (String organization : facetNames(entities.organizations(), "organization", warnings)) {
            doc.add(new TextField(Schema.ORGANIZATION, organization, Store.YES));
            // Searchable by its aliases too (organization:NATO, organization:OTAN); only the canonical name is shown.
            for (String alias : ORGANIZATIONS.aliasesOf(organization)) doc.add(new TextField(Schema.ORGANIZATION, alias, Store.NO));
            addFacet(doc, Schema.ORGANIZATIONS_DIM, organization, about);
        }
        doc.add(new StoredField(Schema.ENTITIES, StoredEntities.of(entities, about, title).toBytes(title, body)));
    }

    private static void addFacet(Document doc, String dim, String name, AboutSets about) {
        doc.add(new SortedSetDocValuesFacetField(dim, name));
        if (about.of(dim).contains(name)) {
            doc.add(new SortedSetDocValuesFacetField(Schema.aboutDim(dim), name));
            doc.add(new StoredField(Schema.aboutField(dim), name));
        }
    }

    /**
     * Distinct, non-blank names of a sane length in the extractor's order (a facet label cannot be empty); a longer
     * one is told to {@code warnings}. The cluster's documents are bounded by the same rule.
     */
    public static Set<String> facetNames(java.util.List<Entity> entities, String kind,
                                     java.util.function.Consumer<String> warnings) {
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (e.name() == null || e.name().isBlank()) continue;
            String name = e.name().strip();
            if (name.length() > MAX_NAME_CHARS) {
                warnings.accept("a " + kind + " name of " + name.length() + " characters (\"" + name.substring(0, 40)
                        + "…\") is no name; left out of the " + kind + " facet");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    /** Lucene's message refusing a document, without the byte dump of the term it appends. */
    static String refusal(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf("Please correct");
        return (cut > 0 ? message.substring(0, cut) : message).strip();
    }

    /**
     * A hash of everything the document is made of, so an unchanged article is recognized without rebuilding it: the
     * article and the scheme its document is made by (a document of an older scheme is rebuilt).
     */
    public static String hash(Article a) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(IndexFreshness.CURRENT_DOCUMENT_SCHEME.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            for (Object part : new Object[] {a.id(), a.title(), a.body(), a.date(), a.source(), a.url(), a.language(),
                    a.file(), a.author(), a.fields()}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            // 96 bits tell an edited article from its last version; as 16 characters, a sixth of the index's terms
            // bytes less than 32 hex digits (issue 29).
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest.digest(), 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
