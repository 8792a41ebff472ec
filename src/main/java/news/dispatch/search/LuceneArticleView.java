package news.dispatch.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import news.dispatch.index.ArticleDocument;
import news.dispatch.index.Schema;
import news.dispatch.index.StoredEntities;

/**
 * One article as its page shows it: its stored text and entities, its corrections, the related articles
 * ({@link RelatedArticles}) and, for a search, where its words are in the text.
 */
final class LuceneArticleView {
    private final SearcherLease lease;
    private final Analyzer indexAnalyzer;

    LuceneArticleView(SearcherLease lease, Analyzer indexAnalyzer) {
        this.lease = lease;
        this.indexAnalyzer = indexAnalyzer;
    }

    ArticleView of(String id, String query, int matchesFrom) throws IOException {
        return lease.current(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (found.scoreDocs.length == 0) return null;
            int doc = found.scoreDocs[0].doc;
            Document d = searcher.storedFields().document(doc);
            StoredEntities entities = StoredEntities.fromStored(d.getField(Schema.ENTITIES), d.get(Schema.TITLE),
                    d.get(Schema.BODY));
            ArticleMatches.Page matches = new ArticleMatches.Page(List.of(), 0);
            if (query != null && !query.isBlank()) {
                ReadQuery read = RequestDrillDown.read(searcher, lease.language(), query);
                matches = ArticleMatches.of(searcher, lease.language().analyzer(), read, d.get(Schema.LANGUAGE), doc,
                        matchesFrom, ArticleViewCaps.MATCHES);
            }
            return new ArticleView(id, d.get(Schema.TITLE), d.get(Schema.BODY), StoredArticle.day(d),
                    d.get(Schema.SOURCE), d.get(Schema.URL), d.get(Schema.LANGUAGE), entities.persons(),
                    entities.countries(), entities.organizations(),
                    RelatedArticles.of(searcher, indexAnalyzer, doc, id, d.get(Schema.BODY)), matches.matches(),
                    matches.total(), matchesFrom, ArticleView.Corrected.ofStored(d.get(Schema.CORRECTIONS)), d.get(Schema.AUTHOR))
                    .withFields(ArticleDocument.carried(d));
        });
    }
}
