package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.ScoreDoc;

import news.dispatch.index.ArticleDocument;
import news.dispatch.index.Schema;
import news.dispatch.search.SearchResponse.Hit;

/** A page's documents as the response's hits: their stored fields, highlighted title and snippets, and story. */
final class LuceneHits {
    /** What a hit shows; the body is read for its snippets. The fields the articles carry are added per generation. */
    private static final Set<String> HIT_FIELDS = hitFields();

    private LuceneHits() {
    }

    /** These documents of the searcher as hits, in this order, marked for the query as read. */
    static List<Hit> of(FacetedSearcher searcher, QueryLanguage language, ReadQuery read, ScoreDoc[] page)
            throws IOException {
        int[] docs = new int[page.length];
        Document[] stored = new Document[page.length];
        String[] titles = new String[page.length];
        String[] bodies = new String[page.length];
        var fields = searcher.storedFields();
        Set<String> wanted = HIT_FIELDS;
        if (!searcher.carried.isEmpty()) {
            wanted = new HashSet<>(HIT_FIELDS);
            for (String name : searcher.carried) wanted.add(Schema.carriedField(name));
        }
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
            stored[i] = fields.document(docs[i], wanted);
            titles[i] = stored[i].get(Schema.TITLE);
            bodies[i] = stored[i].get(Schema.BODY);
        }
        String[] languages = Arrays.stream(stored).map(d -> d.get(Schema.LANGUAGE)).toArray(String[]::new);
        Snippets.Highlight[] marked = Snippets.highlight(searcher, language.analyzer(), read, languages, docs, titles,
                bodies);
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = stored[i];
            Float score = Float.isNaN(page[i].score) ? null : page[i].score;
            hits.add(Hit.builder().id(d.get(Schema.ID)).title(marked[i].title()).date(StoredArticle.day(d))
                    .source(d.get(Schema.SOURCE)).url(d.get(Schema.URL)).score(score)
                    .persons(List.of(d.getValues(Schema.PERSON))).countries(List.of(d.getValues(Schema.COUNTRY)))
                    .organizations(List.of(d.getValues(Schema.ORGANIZATION)))
                    .about(searcher.knowsAbout ? StoredArticle.about(d) : null)
                    .snippets(marked[i].snippets())
                    .story(StoryCollapse.storyOf(searcher.getIndexReader(), docs[i], d.get(Schema.ID)))
                    .author(d.get(Schema.AUTHOR)).language(d.get(Schema.LANGUAGE))
                    .fields(ArticleDocument.carried(d)).build());
        }
        return hits;
    }

    private static Set<String> hitFields() {
        Set<String> fields = new HashSet<>(Set.of(Schema.ID, Schema.TITLE, Schema.BODY, Schema.DATE,
                Schema.SOURCE, Schema.URL, Schema.AUTHOR, Schema.LANGUAGE));
        for (String dim : Schema.entityDims()) {
            fields.add(Schema.storedField(dim));
            fields.add(Schema.aboutField(dim));
        }
        return Set.copyOf(fields);
    }
}
