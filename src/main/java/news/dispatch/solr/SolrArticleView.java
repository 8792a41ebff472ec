package news.dispatch.solr;

import static news.dispatch.solr.SolrStored.day;
import static news.dispatch.solr.SolrStored.str;

import java.io.IOException;
import java.util.List;

import org.apache.solr.common.SolrDocument;

import news.dispatch.index.Schema;
import news.dispatch.index.StoredEntities;
import news.dispatch.search.ArticleMatches;
import news.dispatch.search.ArticleView;
import news.dispatch.search.ArticleViewCaps;

/**
 * One article as its page shows it: its stored text and entities, its corrections, the related articles
 * ({@link SolrRelated}) and, for a search, where its words are in the text.
 */
final class SolrArticleView {
    private final SolrCalls calls;
    private final SolrQueryReader reader;

    SolrArticleView(SolrCalls calls, SolrQueryReader reader) {
        this.calls = calls;
        this.reader = reader;
    }

    /** The search's words are located here, in the article's text alone, by the embedded index's analysis. */
    ArticleView of(String id, String query, int matchesFrom) throws IOException {
        SolrDocument d = calls.byId(id);
        if (d == null) return null;
        StoredEntities entities = StoredEntities.fromJson((String) d.getFirstValue(Schema.ENTITIES));
        String title = str(d, Schema.TITLE);
        String body = str(d, Schema.BODY);
        String lang = str(d, Schema.LANGUAGE);
        ArticleMatches.Page matches = new ArticleMatches.Page(List.of(), 0);
        if (query != null && !query.isBlank()) {
            matches = ArticleMatches.inText(reader.read(query), lang, title, body,
                    matchesFrom, ArticleViewCaps.MATCHES);
        }
        return new ArticleView(id, title, body, day(d), str(d, Schema.SOURCE), str(d, Schema.URL), lang,
                entities.persons(), entities.countries(), entities.organizations(), SolrRelated.of(calls, id, body),
                matches.matches(), matches.total(), matchesFrom, ArticleView.Corrected.ofStored(str(d, Schema.CORRECTIONS)),
                str(d, Schema.AUTHOR))
                .withFields(SolrCarriedFields.of(d));
    }
}
