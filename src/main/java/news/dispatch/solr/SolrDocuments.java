package news.dispatch.solr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.solr.common.SolrInputDocument;

import news.dispatch.corpus.Article;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.index.AboutSets;
import news.dispatch.index.LanguageChains;
import news.dispatch.index.Schema;
import news.dispatch.index.StoredEntities;
import news.dispatch.index.StorySignature;

/** An article and its entities as the Solr document the configset describes: the embedded index's fields. */
final class SolrDocuments {
    private SolrDocuments() {
    }

    static SolrInputDocument build(Article article, Entities entities, String hash) {
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
        // The same readings as the embedded index: the configset analyzes each field as the Schema's analyzers do.
        doc.addField(Schema.ANALYSIS, LanguageChains.of(article.language()));
        Schema.readings(article.language(), article.title(), article.body()).forEach(doc::addField);
        // What the article is about, by the embedded index's rule, beside every mention: mentions=about reads it.
        AboutSets about = AboutSets.of(StoredEntities.extractorText(article.title(), article.body()), entities);
        for (String person : names(entities.persons())) {
            if (!NewsEntityExtractor.identifies(person)) continue; // a lone "Baker said…" is a mention, no facet value
            add(doc, Schema.PERSONS_DIM, person, about);
        }
        for (String country : names(entities.countries())) add(doc, Schema.COUNTRIES_DIM, country, about);
        for (String organization : names(entities.organizations())) {
            add(doc, Schema.ORGANIZATIONS_DIM, organization, about);
        }
        doc.addField(Schema.ENTITIES, StoredEntities.of(entities, about, article.title()).toJson());
        // A story of its own, with what grouping needs (the signature and its LSH bands), as the embedded index
        // writes it before StoryGroups links copies; the cluster does not link them yet (searches say so).
        doc.addField(Schema.STORY, article.id());
        StorySignature signature = StorySignature.of(article.title(), article.body());
        if (signature != null) {
            doc.addField(Schema.STORY_SIGNATURE, java.util.Base64.getEncoder().encodeToString(signature.toBytes()));
            for (String band : signature.bands()) doc.addField(Schema.STORY_BAND, band);
        }
        return doc;
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
    private static Set<String> names(List<Entity> entities) {
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : entities) if (e.name() != null && !e.name().isBlank()) names.add(e.name().strip());
        return names;
    }
}
