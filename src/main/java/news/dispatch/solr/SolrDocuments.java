package news.dispatch.solr;

import java.util.function.Consumer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.solr.common.SolrInputDocument;

import news.dispatch.corpus.Article;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.entity.correction.EntityRules;
import news.dispatch.entity.organization.PublishingOutlet;
import news.dispatch.index.ArticleDocument;
import news.dispatch.index.AboutSets;
import news.dispatch.index.ExtractedValues;
import news.dispatch.index.LanguageChains;
import news.dispatch.index.Schema;
import news.dispatch.index.StoredEntities;
import news.dispatch.index.StorySignature;

/** An article and its entities as the Solr document the configset describes: the embedded index's fields. */
final class SolrDocuments {
    private SolrDocuments() {
    }

    /** The document of an article with its entities as extracted, which {@code rules} correct, as embedded. */
    static SolrInputDocument build(Article article, Entities extracted, String hash, EntityRules rules,
                                   Consumer<String> warnings) {
        return build(article, StoredEntities.extracted(extracted, article.title(), article.language()), hash, rules, warnings);
    }

    /**
     * The document from the entities as extracted in their stored form: the one path of indexing and of re-applying
     * the rules to an article of the collection ({@link SolrEntityResolution}), so both give the same document, as
     * {@code ArticleDocument} does for the embedded index. An article a rule changed keeps its entities as extracted
     * and the corrections made (the article view lists them; the rules are re-applied from them). What is left out
     * (a "name" too long to be one, as {@code ArticleDocument} bounds it) is told to {@code warnings}.
     */
    static SolrInputDocument build(Article article, StoredEntities extracted, String hash, EntityRules rules,
                                   Consumer<String> warnings) {
        String text = StoredEntities.extractorText(article.title(), article.body());
        EntityRules.Resolution resolution = rules.apply(extracted.toEntities(article.title()), article.id(), text);
        Entities entities = StoredEntities.identified(resolution.entities());
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(Schema.ID, article.id());
        doc.addField(Schema.HASH, hash);
        doc.addField(Schema.FILE, String.valueOf(article.file()));
        doc.addField(Schema.TITLE, article.title());
        doc.addField(Schema.BODY, article.body());
        if (article.date() != null) {
            doc.addField(Schema.DATE, article.date().toEpochMilli());
            doc.addField(Schema.DAY_DIM, Schema.DAY.format(article.date()));
        } else {
            doc.addField(Schema.DAY_DIM, Schema.UNDATED);
        }
        if (article.source() != null) {
            doc.addField(Schema.SOURCE, article.source());
            // As the embedded index: a "source" of a page's length is no outlet (and over a facet term's limit).
            if (article.source().length() <= Schema.MAX_SOURCE_FACET_CHARS) doc.addField(Schema.SOURCES_DIM, article.source());
        }
        if (article.author() != null) doc.addField(Schema.AUTHOR, article.author());
        if (article.url() != null) doc.addField(Schema.URL, article.url());
        if (article.language() != null) {
            doc.addField(Schema.LANGUAGE, article.language());
            doc.addField(Schema.LANGUAGES_DIM, article.language());
        }
        // The fields the input carries, as the configset keeps them (meta.NAME, copied to its searchable reading).
        article.fields().forEach((name, values) -> {
            doc.addField(Schema.CARRIED_NAMES, name);
            values.forEach(v -> doc.addField(Schema.carriedField(name), v));
        });
        // The same readings as the embedded index: the configset analyzes each field as the Schema's analyzers do.
        doc.addField(Schema.ANALYSIS, LanguageChains.of(article.language()));
        unstored(article.title(), article.body(), article.language()).forEach(doc::addField);
        // What the article is about, by the embedded index's rule, beside every mention: mentions=about reads it.
        // The outlet that published the article is not what it is about (a Reuters story is not about Reuters).
        AboutSets about = AboutSets.of(text, entities,
                new PublishingOutlet(article.source(), article.url()));
        for (String person : ArticleDocument.facetNames(entities.persons(), "person", warnings)) {
            if (!NewsEntityExtractor.identifies(person)) continue; // a lone "Baker said…" is a mention, no facet value
            add(doc, Schema.PERSONS_DIM, person, about);
        }
        for (String country : ArticleDocument.facetNames(entities.countries(), "country", warnings)) {
            add(doc, Schema.COUNTRIES_DIM, country, about);
        }
        for (String organization : ArticleDocument.facetNames(entities.organizations(), "organization", warnings)) {
            add(doc, Schema.ORGANIZATIONS_DIM, organization, about);
        }
        doc.addField(Schema.ENTITIES, StoredEntities.of(entities, about, article.title()).toJson());
        // As the embedded index: lone names the displayed entities drop are kept as extracted, for later rules.
        if (!resolution.corrections().isEmpty() || extracted.holdsLoneNames()) doc.addField(Schema.EXTRACTED, extracted.toJson());
        if (!resolution.corrections().isEmpty()) doc.addField(Schema.CORRECTIONS, ExtractedValues.toJson(resolution.corrections()));
        // A story of its own, with what grouping needs (the signature, whose LSH bands are read from it), until
        // SolrStoryGroups links it to its copies (it runs after every indexing run).
        doc.addField(Schema.STORY, article.id());
        StorySignature signature = StorySignature.of(article.title(), article.body());
        if (signature != null) {
            doc.addField(Schema.STORY_SIGNATURE, java.util.Base64.getEncoder().encodeToString(signature.toBytes()));
        }
        return doc;
    }

    /**
     * The fields derived from the title and body that the collection indexes but neither stores nor keeps in doc
     * values (each language chain's reading): Solr rebuilds an atomically updated document
     * from what it stores, so an atomic update must set these again or they are lost. The cross-script keys
     * ({@link Schema#TITLE_LATIN}) are sent as their tokens ({@link CrossScriptTokens}).
     */
    static Map<String, Object> unstored(String title, String body, String language) {
        Map<String, Object> fields = new LinkedHashMap<>(Schema.readings(language, title, body));
        // The cross-script keys as the embedded index has them, pre-analyzed: the configset has no name table.
        fields.computeIfPresent(Schema.TITLE_LATIN, (field, text) -> CrossScriptTokens.json(field, (String) text));
        fields.computeIfPresent(Schema.BODY_LATIN, (field, text) -> CrossScriptTokens.json(field, (String) text));
        return fields;
    }

    /** A name in the dimension's stored field and facet, and in its about set's when the article is about it. */
    private static void add(SolrInputDocument doc, String dim, String name, AboutSets about) {
        doc.addField(Schema.storedField(dim), name);
        doc.addField(dim, name);
        if (about.of(dim).contains(name)) {
            doc.addField(Schema.aboutDim(dim), name);
            doc.addField(Schema.aboutField(dim), name);
        }
    }

    /** Distinct, non-blank names in the extractor's order, as the embedded index keeps them. */
}
