package news.dispatch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocument;

import news.dispatch.index.Schema;
import news.dispatch.search.ArticleView;
import news.dispatch.search.RelatedArticles;

/** Related coverage from Solr's MoreLikeThis parser (distributed), near-duplicates flagged as the embedded backend does. */
final class SolrRelated {

    private SolrRelated() {
    }

    static List<ArticleView.Related> of(SolrCalls calls, String id, String body) throws IOException {
        SolrQuery q = new SolrQuery("{!mlt qf=" + Schema.TITLE + "," + Schema.BODY
                + " mintf=1 mindf=2 maxqt=30 boost=true v=$id}");
        q.set("id", id);
        q.addFilterQuery("-" + Schema.ID + ":\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        q.setRows(RelatedArticles.MAX_RELATED).setFields(Schema.ID, Schema.TITLE, Schema.BODY, Schema.DATE, Schema.SOURCE, "score");
        q.set("shards.tolerant", "true");
        Set<String> shingles = RelatedArticles.shingles(body == null ? "" : body);
        List<ArticleView.Related> related = new ArrayList<>();
        for (SolrDocument d : calls.query(q).getResults()) {
            String other = SolrStored.str(d, Schema.BODY);
            boolean duplicate = RelatedArticles.overlap(shingles, RelatedArticles.shingles(other == null ? "" : other)) >= RelatedArticles.NEAR_DUPLICATE;
            Object score = d.getFieldValue("score");
            related.add(new ArticleView.Related(SolrStored.str(d, Schema.ID), SolrStored.str(d, Schema.TITLE),
                    SolrStored.day(d), SolrStored.str(d, Schema.SOURCE),
                    score instanceof Number n ? n.floatValue() : 0f, duplicate));
        }
        return related;
    }

}
