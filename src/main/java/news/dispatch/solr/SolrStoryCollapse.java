package news.dispatch.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

import news.dispatch.index.Schema;
import news.dispatch.search.SearchResponse;

/**
 * One hit per story on the cluster, as the embedded index's story collapse gives it, by Solr's result grouping on
 * {@link Schema#STORY}: the stories ranked by their best article in the request's order, a page of them by
 * {@code start}/{@code rows}, each with its number of matching articles. Grouping, not the collapse query parser:
 * a story's copies lie on any shard (its id is only known after they are indexed, so documents cannot be routed by
 * it), and the collapse parser collapses each shard apart, listing a story once per shard; distributed grouping
 * merges the shards' groups. Its {@code group.ngroups} has the same limit, so the stories are counted from an exact
 * facet over the story field instead. A second request lists the page's stories' other articles, as the embedded
 * second pass does.
 */
final class SolrStoryCollapse {
    /** Other articles listed under a card, as embedded ({@link SearchResponse.Hit#MAX_LISTED}). */
    static final int MAX_SIMILAR = SearchResponse.Hit.MAX_LISTED;

    /** A story on the page: its leading article and how many articles of it match. */
    record Card(SolrDocument leader, long matching) {
    }

    private SolrStoryCollapse() {
    }

    /** Groups a sorted query by story, {@code perStory} articles each, and counts its stories. */
    static void group(SolrQuery q, int perStory) {
        q.set("group", true);
        q.set("group.field", Schema.STORY);
        q.set("group.limit", perStory);
        // Within a story the same order as between stories: its first article is the one that ranks it.
        q.set("group.sort", q.get("sort"));
        q.setFacet(true).setFacetMinCount(1).addFacetField(Schema.STORY);
        q.set("f." + Schema.STORY + ".facet.limit", -1);
    }

    /** The page's stories, in order. */
    static List<Card> cards(QueryResponse r) {
        List<Card> cards = new ArrayList<>();
        for (Group g : command(r).getValues()) {
            if (g.getResult().isEmpty()) continue;
            cards.add(new Card(g.getResult().getFirst(), g.getResult().getNumFound()));
        }
        return cards;
    }

    /** Every article the search matches (a grouped answer has no plain result list). */
    static long articles(QueryResponse r) {
        return command(r).getMatches();
    }

    /** Every story the search matches: the story facet's values, exact whichever shards hold a story's articles. */
    static long stories(QueryResponse r) {
        FacetField f = r.getFacetField(Schema.STORY);
        return f == null || f.getValues() == null ? 0 : f.getValues().size();
    }

    /**
     * The request for the other matching articles of these stories: the search's filtered query ({@code q}, with its
     * sort), restricted to them, grouped with {@link #MAX_SIMILAR} + 1 articles each and no facets or highlights.
     */
    static SolrQuery others(SolrQuery q, List<String> stories) {
        q.addFilterQuery(Schema.STORY + ":(" + String.join(" OR ", SolrFilterQueries.quoted(stories)) + ")");
        q.setRows(stories.size());
        q.setFields(Schema.ID, Schema.TITLE, Schema.DATE, Schema.SOURCE, Schema.URL, Schema.STORY);
        group(q, MAX_SIMILAR + 1);
        q.setFacet(false);
        return q;
    }

    /** Each story's other articles, best first, without its leading one. */
    static Map<String, List<SearchResponse.StoryArticle>> others(QueryResponse r, Map<String, String> leaderByStory) {
        Map<String, List<SearchResponse.StoryArticle>> byStory = new LinkedHashMap<>();
        for (Group g : command(r).getValues()) {
            String leader = leaderByStory.get(g.getGroupValue());
            List<SearchResponse.StoryArticle> listed = new ArrayList<>();
            for (SolrDocument d : g.getResult()) {
                String id = SolrStored.str(d, Schema.ID);
                if (id.equals(leader) || listed.size() >= MAX_SIMILAR) continue;
                listed.add(new SearchResponse.StoryArticle(id, SolrStored.str(d, Schema.TITLE), SolrStored.day(d),
                        SolrStored.str(d, Schema.SOURCE), SolrStored.str(d, Schema.URL)));
            }
            byStory.put(g.getGroupValue(), listed);
        }
        return byStory;
    }

    private static GroupCommand command(QueryResponse r) {
        return r.getGroupResponse().getValues().getFirst();
    }
}
