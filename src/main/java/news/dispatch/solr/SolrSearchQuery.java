package news.dispatch.solr;

import java.io.IOException;

import org.apache.solr.client.solrj.request.SolrQuery;

import news.dispatch.index.Schema;
import news.dispatch.search.DayRange;
import news.dispatch.search.MentionScope;
import news.dispatch.search.ReadQuery;
import news.dispatch.search.SearchRequest;

/**
 * A search request as Solr's request: the text for edismax with the embedded reader's fields and weights, every
 * filter, the order and what a hit shows. Facets, highlights and paging are added by the step that needs them.
 */
final class SolrSearchQuery {
    private final SolrQueryReader reader;
    private final SolrCarriedFields carried;

    SolrSearchQuery(SolrQueryReader reader, SolrCarriedFields carried) {
        this.reader = reader;
        this.carried = carried;
    }

    /** The query and the filters; facets, paging and fields are the caller's. */
    SolrQuery filtered(ReadQuery read, SearchRequest request) throws IOException {
        SolrQuery q = new SolrQuery();
        SolrReadings.apply(q, SolrQueryText.of(request.query(), read), reader.chains());
        q.set("qf", Schema.TITLE + "^2 " + Schema.BODY);
        // A word's title and body scores add up, as in the embedded reader's query (a sum of clauses); edismax
        // would take their maximum.
        q.set("tie", "1.0");
        q.set("q.op", "AND");
        // Runs of words reach the analyzer together, so multi-word aliases match (as the embedded reader does).
        q.set("sow", "false");
        q.set("uf", String.join(" ", Schema.QUERY_FIELDS));
        q.set("lowercaseOperators", "false");
        q.set("shards.tolerant", "true");
        // Every dimension's filter, in the set the request's mentions mode reads (about or every mention).
        MentionScope mentions = mentions(request);
        for (String dim : Schema.filterDims()) {
            SolrFilterQueries.filters(request.filter(dim), mentions.facetDim(dim)).forEach(q::addFilterQuery);
        }
        // A carried field's filter (meta.bias=left) reads its exact values, kept under its own name.
        for (String dim : request.entities().keySet()) {
            if (Schema.carriedName(dim) != null) SolrFilterQueries.filters(request.filter(dim), dim).forEach(q::addFilterQuery);
        }
        carried.aliases(q);
        if (request.from() != null || request.to() != null) {
            // Tagged as the day dimension: the histogram counts around the selected range.
            q.addFilterQuery("{!tag=" + Schema.DAY_DIM + "}" + Schema.DATE + ":[" + DayRange.startOf(request.from()) + " TO "
                    + DayRange.endOf(request.to()) + "]");
        }
        return q;
    }

    static void sort(SolrQuery q, SearchRequest.Sort sort) {
        switch (sort) {
            case RELEVANCE -> q.addSort("score", SolrQuery.ORDER.desc);
            case NEWEST -> q.addSort(Schema.DATE, SolrQuery.ORDER.desc);
            case OLDEST -> q.addSort(Schema.DATE, SolrQuery.ORDER.asc);
        }
        // The unique key breaks ties: cursorMark needs it, and pages never overlap.
        q.addSort(Schema.ID, SolrQuery.ORDER.asc);
    }

    /** What a hit shows. */
    static void hitFields(SolrQuery q) {
        q.setFields(Schema.ID, Schema.TITLE, Schema.BODY, Schema.DATE, Schema.SOURCE, Schema.URL, Schema.PERSON,
                Schema.COUNTRY, Schema.ORGANIZATION, Schema.AUTHOR, Schema.LANGUAGE, Schema.STORY, "score");
        for (String dim : Schema.entityDims()) q.addField(Schema.aboutField(dim));
        q.addField(Schema.carriedField("*")); // meta.*: the fields the input carries
    }

    /** The mode asked for, else about: the collection keeps both sets. */
    static MentionScope mentions(SearchRequest request) {
        return request.mentions() == null ? MentionScope.ABOUT : request.mentions();
    }
}
