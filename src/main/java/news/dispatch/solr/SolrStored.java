package news.dispatch.solr;

import java.time.Instant;
import java.util.List;

import org.apache.solr.common.SolrDocument;

import news.dispatch.index.Schema;

/** A stored document's values as text, as every reader of the collection takes them. */
final class SolrStored {

    private SolrStored() {
    }

    static String str(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }

    static List<String> strings(SolrDocument d, String field) {
        var values = d.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(Object::toString).toList();
    }

    /** The article's day (yyyy-MM-dd), or null when it is undated. */
    static String day(SolrDocument d) {
        Object v = d.getFirstValue(Schema.DATE);
        return v instanceof Number n ? Schema.DAY.format(Instant.ofEpochMilli(n.longValue())) : null;
    }
}
