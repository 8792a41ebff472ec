package news.dispatch.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Arrays;
import java.util.HashSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.jsoup.parser.Parser;

import news.dispatch.index.Schema;

/**
 * Walks every match of a request in its sort order, a page at a time with searchAfter, on one searcher (one
 * point-in-time view of the index, so a commit meanwhile neither repeats nor skips an article). Memory is that of
 * one page, whatever the number of matches. A served export holds each page to a time budget and hands each page to
 * its sink as a whole, so a client that went away is noticed at the next page.
 */
final class Exporter {
    static final int PAGE = 1000;

    private Exporter() {
    }

    /** Starts the time budget of one page of rows. */
    @FunctionalInterface
    interface PageClock {
        SearchBudget.Scope start();
    }

    /**
     * @param clock      the budget of each page (the count before the first too), or null for none
     * @param pageBudget what that budget is, for the message
     */
    static long run(FacetedSearcher searcher, Query query, ReadQuery highlightQuery, Analyzer analyzer,
                    SearchRequest.Sort sort, boolean snippets, ExportSink sink, PageClock clock, Duration pageBudget)
            throws IOException {
        List<String> dims = Schema.entityDims();
        Set<String> fields = new HashSet<>(Set.of(Schema.ID, Schema.TITLE, Schema.DATE, Schema.SOURCE, Schema.URL,
                Schema.AUTHOR, Schema.LANGUAGE));
        dims.forEach(d -> fields.add(Schema.storedField(d)));
        if (searcher.knowsAbout) dims.forEach(d -> fields.add(Schema.aboutField(d)));
        if (snippets) fields.add(Schema.BODY);
        searcher.carried.forEach(name -> fields.add(Schema.carriedField(name)));
        long count;
        try (SearchBudget.Scope scope = clock == null ? null : clock.start()) {
            count = searcher.count(query);
            if (scope != null) scope.check();
        } catch (ExitableDirectoryReader.ExitingReaderException | SearchTimeoutException e) {
            throw SearchTimeoutException.export(pageBudget, PAGE);
        }
        sink.begin(count);
        long written = 0;
        ScoreDoc after = null;
        while (true) {
            // One page is searched and read under its budget, then written outside it: a slow client is no reason
            // to stop. Totals are not counted page by page: the count above said how many there are.
            TopDocs top;
            List<ExportRow> rows = new ArrayList<>(PAGE);
            try (SearchBudget.Scope scope = clock == null ? null : clock.start()) {
                top = searcher.search(query, LuceneSearch.collector(sort, PAGE, after, 1));
                Document[] docs = new Document[top.scoreDocs.length];
                var stored = searcher.storedFields();
                for (int i = 0; i < docs.length; i++) docs[i] = stored.document(top.scoreDocs[i].doc, fields);
                String[] passages = snippets && docs.length > 0
                        ? snippets(searcher, analyzer, highlightQuery, top.scoreDocs, docs) : null;
                for (int i = 0; i < docs.length; i++) {
                    Document d = docs[i];
                    Map<String, List<String>> entities = new LinkedHashMap<>();
                    for (String dim : dims) entities.put(dim, List.of(d.getValues(Schema.storedField(dim))));
                    rows.add(new ExportRow(d.get(Schema.ID), StoredArticle.day(d), d.get(Schema.TITLE),
                            d.get(Schema.URL), d.get(Schema.SOURCE), entities,
                            searcher.knowsAbout ? StoredArticle.about(d) : null, passages == null ? null : passages[i],
                            StoryCollapse.storyOf(searcher.getIndexReader(), top.scoreDocs[i].doc, d.get(Schema.ID)),
                            d.get(Schema.AUTHOR), d.get(Schema.LANGUAGE),
                            news.dispatch.index.ArticleDocument.carried(d)));
                }
                if (scope != null) scope.check();
            } catch (ExitableDirectoryReader.ExitingReaderException | SearchTimeoutException e) {
                throw SearchTimeoutException.export(pageBudget, PAGE);
            }
            for (ExportRow row : rows) {
                sink.accept(row);
                written++;
            }
            sink.pageDone();
            if (top.scoreDocs.length < PAGE) return written;
            after = top.scoreDocs[top.scoreDocs.length - 1];
        }
    }

    private static String[] snippets(FacetedSearcher searcher, Analyzer analyzer, ReadQuery query, ScoreDoc[] page,
                                     Document[] docs) throws IOException {
        int[] ids = new int[page.length];
        String[] titles = new String[page.length];
        String[] bodies = new String[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
            titles[i] = docs[i].get(Schema.TITLE);
            bodies[i] = docs[i].get(Schema.BODY);
        }
        String[] languages = Arrays.stream(docs).map(d -> d.get(Schema.LANGUAGE)).toArray(String[]::new);
        Snippets.Highlight[] marked = Snippets.highlight(searcher, analyzer, query, languages, ids, titles, bodies);
        String[] plain = new String[page.length];
        for (int i = 0; i < page.length; i++) {
            List<String> s = marked[i].snippets();
            plain[i] = s.isEmpty() ? "" : plainText(s.getFirst());
        }
        return plain;
    }

    /** A highlighted passage as the text it was made from: marks dropped, entities decoded. */
    static String plainText(String html) {
        return Parser.unescapeEntities(html.replace("<mark>", "").replace("</mark>", ""), false);
    }
}
