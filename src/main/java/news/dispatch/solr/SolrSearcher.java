package news.dispatch.solr;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;

import news.dispatch.entity.QueryAliases;
import news.dispatch.index.Schema;
import news.dispatch.index.StoredEntities;
import news.dispatch.search.ArticleMatches;
import news.dispatch.search.ArticleView;
import news.dispatch.search.ArticleViewCaps;
import news.dispatch.search.Cursor;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.Health;
import news.dispatch.search.DayRange;
import news.dispatch.search.ExpansionGuard;
import news.dispatch.search.IndexField;
import news.dispatch.search.IndexStats;
import news.dispatch.search.Timeline;
import news.dispatch.search.TimelineCounter;
import news.dispatch.search.MentionScope;
import news.dispatch.search.QueryLimits;
import news.dispatch.search.SearchTimeoutException;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.QueryAliasMap;
import news.dispatch.search.QueryReader;
import news.dispatch.search.ReadQuery;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;
import news.dispatch.search.SearchResponse.FacetValue;
import news.dispatch.search.SearchResponse.Filters;
import news.dispatch.search.SearchResponse.Hit;

/**
 * The search engine over a SolrCloud collection: the same answers as the embedded index, computed by Solr. The
 * query is read here too (warnings, the lenient fallback, how it was read) and sent to Solr's edismax parser with
 * the same fields and weights; the synonyms in the configset are the same aliases. Facets are multi-select
 * ({@code {!tag}}/{@code {!ex}}), highlighting is Solr's unified highlighter with our escaping, related articles
 * come from MoreLikeThis, deep paging from {@code cursorMark}. A shard with no live replica makes the answer
 * {@code partial}; a cluster that cannot answer is a {@link ClusterUnavailableException} (503), within the
 * client's time limits.
 */
public final class SolrSearcher implements NewsSearcher {
    static final int MAX_PAGE_DEPTH = 10_000;
    private static final String HL_PRE = "\uE000";
    private static final String HL_POST = "\uE001";

    private final CloudSolrClient client;
    private final String collection;
    private final CompletableFuture<Language> language;
    /** Solr's timeAllowed per search: the embedded index's budget, answered the same way (503). */
    private final java.time.Duration timeBudget;
    private static final long CHAINS_TTL_NANOS = 30_000_000_000L;
    private volatile Chains chains;
    /** The fields the articles' inputs carry, as the collection keeps them. */
    private final SolrCarriedFields carried = new SolrCarriedFields(this);

    /** The query reader and the alias notes: built off the start-up path, they take the gazetteers. */
    private record Language(QueryReader reader, QueryAliasMap aliases) {
    }

    private SolrSearcher(CloudSolrClient client, String collection, CompletableFuture<Language> language,
                         java.time.Duration timeBudget) {
        this.client = client;
        this.collection = collection;
        this.language = language;
        this.timeBudget = timeBudget;
    }

    /**
     * Connects to the collection and checks that it answers. ZooKeeper unreachable or a missing collection is a
     * {@link ClusterUnavailableException} with one sentence.
     */
    public static SolrSearcher open(SolrTarget target) {
        return open(target, QueryLimits.TIME_BUDGET);
    }

    /** As {@link #open(SolrTarget)}, with another time budget per search than {@link QueryLimits#TIME_BUDGET}. */
    public static SolrSearcher open(SolrTarget target, java.time.Duration timeBudget) {
        CloudSolrClient client = SolrClients.open(target);
        try {
            if (client.getClusterStateProvider().getState(target.collection()) == null) {
                throw new ClusterUnavailableException("The cluster at " + target.zkAddress() + " has no collection '"
                        + target.collection() + "'; create it with: ./dispatch solr init --solr " + target.zkAddress()
                        + " --collection " + target.collection(), null);
            }
        } catch (RuntimeException e) {
            SolrClients.closeQuietly(client);
            throw e;
        }
        return new SolrSearcher(client, target.collection(), CompletableFuture.supplyAsync(() -> {
            QueryAliasMap aliases = new QueryAliasMap(QueryAliases.load().groups());
            return new Language(new QueryReader(Schema.queryAnalyzer(aliases.synonyms()), aliases), aliases);
        }), timeBudget);
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        // Read by every chain of the collection for the notes (a Cyrillic word's Latin spelling); Solr parses the text.
        ReadQuery read = guarded(request.query(), chains());
        if (request.collapse()) return collapsed(read, request, started);
        SolrQuery q = filtered(read, request);
        int offset = request.cursor() == null ? (request.page() - 1) * request.size() : 0;
        if (offset + request.size() > MAX_PAGE_DEPTH) {
            throw new BadRequestException("Pages reach only the first " + MAX_PAGE_DEPTH
                    + " hits; go further with the cursor (next_cursor).");
        }
        SolrCursor cursor = request.cursor() == null ? null : SolrCursor.decode(request.sort(), request.cursor());
        q.setRows(request.size());
        hitFields(q);
        sort(q, request.sort());
        // Page 1 starts a cursor; later numbered pages use start, and their next_cursor is made from their last hit.
        if (cursor != null) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor.mark());
        } else if (offset == 0) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, CursorMarkParams.CURSOR_MARK_START);
        } else {
            q.setStart(offset);
        }
        MentionScope mentions = mentions(request);
        facets(q, request, mentions);
        highlight(q);
        q.set("timeAllowed", String.valueOf(timeBudget.toMillis()));
        QueryResponse r = query(q);
        if (timedOut(r)) throw new SearchTimeoutException(timeBudget);

        long total = r.getResults().getNumFound();
        List<Hit> hits = hits(r, r.getResults());
        long seen = (cursor == null ? offset : cursor.seen()) + hits.size();
        String next = seen < total && !hits.isEmpty()
                ? new SolrCursor(request.sort(), seen, nextMark(r, request.sort())).encode() : null;
        return answered(read, request, mentions, r, started).total(total).hits(hits).nextCursor(next)
                .partial(partial(r)).build();
    }

    /**
     * One hit per story ({@link SolrStoryCollapse}): totals count articles, {@code stories} counts stories, each hit
     * is a story's leading article with its other matching articles, and the cursor counts the stories shown.
     */
    private SearchResponse collapsed(ReadQuery read, SearchRequest request, long started) throws IOException {
        int offset = request.cursor() == null ? (request.page() - 1) * request.size()
                : Cursor.decodeStories(request.sort(), request.cursor());
        if ((long) offset + request.size() > MAX_PAGE_DEPTH) {
            throw new BadRequestException("Pages reach only the first " + MAX_PAGE_DEPTH
                    + " stories; narrow the search, or page through articles with collapse=false and the cursor.");
        }
        SolrQuery q = filtered(read, request);
        q.setStart(offset).setRows(request.size());
        hitFields(q);
        q.addField(Schema.STORY);
        sort(q, request.sort());
        MentionScope mentions = mentions(request);
        facets(q, request, mentions);
        highlight(q);
        SolrStoryCollapse.group(q, 1);
        q.set("timeAllowed", String.valueOf(timeBudget.toMillis()));
        QueryResponse r = query(q);
        if (timedOut(r)) throw new SearchTimeoutException(timeBudget);

        List<SolrStoryCollapse.Card> page = SolrStoryCollapse.cards(r);
        Map<String, String> leaderByStory = new LinkedHashMap<>();
        for (SolrStoryCollapse.Card c : page) {
            leaderByStory.put(str(c.leader(), Schema.STORY), str(c.leader(), Schema.ID));
        }
        Map<String, List<SearchResponse.StoryArticle>> others = Map.of();
        boolean partial = partial(r);
        if (!page.isEmpty()) {
            SolrQuery second = filtered(read, request);
            sort(second, request.sort());
            second.set("timeAllowed", String.valueOf(timeBudget.toMillis()));
            QueryResponse listed = query(SolrStoryCollapse.others(second, List.copyOf(leaderByStory.keySet())));
            if (timedOut(listed)) throw new SearchTimeoutException(timeBudget);
            others = SolrStoryCollapse.others(listed, leaderByStory);
            partial |= partial(listed);
        }
        List<Hit> hits = hits(r, page.stream().map(SolrStoryCollapse.Card::leader).toList());
        List<Hit> cards = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            cards.add(hits.get(i).asStory((int) page.get(i).matching() - 1,
                    others.getOrDefault(hits.get(i).story(), List.of())));
        }
        long stories = SolrStoryCollapse.stories(r);
        String next = offset + cards.size() < stories && !cards.isEmpty()
                ? Cursor.encodeStories(request.sort(), offset + cards.size()) : null;
        return answered(read, request, mentions, r, started).total(SolrStoryCollapse.articles(r)).hits(cards)
                .nextCursor(next).partial(partial).stories(stories).build();
    }

    /** What a plain and a collapsed search answer alike: the query as read, its filters, facets, page and time. */
    private SearchResponse.Builder answered(ReadQuery read, SearchRequest request, MentionScope mentions,
                                            QueryResponse r, long started) throws IOException {
        return SearchResponse.builder()
                .tookMs((System.nanoTime() - started) / 1_000_000)
                .query(read.query().toString())
                .warnings(read.warnings())
                .aliases(read.aliases())
                .filters(filters(request, mentions))
                .facets(facets(r, read, request, mentions))
                .page(request.cursor() == null ? request.page() : 0).size(request.size());
    }

    /** The filters applied, echoed back. */
    private static Filters filters(SearchRequest request, MentionScope mentions) {
        return new Filters(request.persons(), request.countries(), DayRange.text(request.from()),
                DayRange.text(request.to()), request.entities(), mentions);
    }

    /**
     * Every dimension's facet values and the date histogram of an answer; each entity value with both its about and
     * its mention count, as embedded: the count the answer has not got is read from the other set's top values it
     * carries, else asked of the same search in one more request.
     */
    private SearchResponse.Facets facets(QueryResponse r, ReadQuery read, SearchRequest request, MentionScope mentions)
            throws IOException {
        Map<String, List<FacetValue>> byDim = new LinkedHashMap<>();
        for (String dim : Schema.entityDims()) byDim.put(dim, SolrFacets.entity(r, dim, request.filter(dim)));
        Map<String, Map<String, Integer>> known = SolrFacets.otherKnown(r, byDim, request.facets());
        SolrQuery other = filtered(read, request);
        QueryResponse counted = null;
        if (SolrFacets.otherCounts(other, byDim, mentions, known)) {
            other.set("timeAllowed", String.valueOf(timeBudget.toMillis()));
            counted = query(other);
            if (timedOut(counted)) throw new SearchTimeoutException(timeBudget);
        }
        SolrFacets.withBothCounts(counted, byDim, mentions, known);
        byDim.put(Schema.LANGUAGES_DIM, SolrFacets.entity(r, Schema.LANGUAGES_DIM, request.filter(Schema.LANGUAGES_DIM)));
        byDim.put(Schema.SOURCES_DIM, SolrFacets.entity(r, Schema.SOURCES_DIM, request.filter(Schema.SOURCES_DIM)));
        // Each carried field that is a facet, by its name, as embedded (EntityFacets.carried).
        Map<String, List<FacetValue>> fields = new LinkedHashMap<>();
        for (IndexField f : carried.fields()) {
            if (!f.facet()) continue;
            String dim = Schema.carriedField(f.name());
            fields.put(f.name(), SolrFacets.entity(r, dim, request.filter(dim)));
        }
        return new SearchResponse.Facets(byDim, SolrFacets.dates(r), fields);
    }

    /** What a hit shows. */
    private static void hitFields(SolrQuery q) {
        q.setFields(Schema.ID, Schema.TITLE, Schema.BODY, Schema.DATE, Schema.SOURCE, Schema.URL, Schema.PERSON,
                Schema.COUNTRY, Schema.ORGANIZATION, Schema.AUTHOR, Schema.LANGUAGE, Schema.STORY, "score");
        for (String dim : Schema.entityDims()) q.addField(Schema.aboutField(dim));
        q.addField(Schema.carriedField("*")); // meta.*: the fields the input carries
    }

    /** The mode asked for, else about: the collection keeps both sets. */
    private static MentionScope mentions(SearchRequest request) {
        return request.mentions() == null ? MentionScope.ABOUT : request.mentions();
    }

    /**
     * Solr's next mark when it started a cursor; after a numbered page (which started at an offset) the mark is made
     * from the page's last hit, as Solr would have made it.
     */
    private static String nextMark(QueryResponse r, SearchRequest.Sort sort) {
        if (r.getNextCursorMark() != null) return r.getNextCursorMark();
        SolrDocument last = r.getResults().getLast();
        Object score = last.getFieldValue("score");
        Object date = last.getFirstValue(Schema.DATE);
        return SolrCursor.markAfter(sort, score instanceof Number n ? n.floatValue() : null,
                date instanceof Number n ? n.longValue() : null, str(last, Schema.ID));
    }

    /**
     * Solr stopped at timeAllowed: it says so beside partialResults ("Query limits: [TimeAllowedLimit:LIMIT
     * EXCEEDED]" in Solr 9.10), unlike a shard that is down.
     */
    private static boolean timedOut(QueryResponse r) {
        NamedList<?> header = r.getResponseHeader();
        if (header == null) return false;
        Object details = header.get("partialResultsDetails");
        return details != null && String.valueOf(details).contains("TimeAllowed");
    }

    @Override
    public ArticleView article(String id) throws IOException {
        return article(id, null, 0);
    }

    @Override
    public ArticleView article(String id, String query) throws IOException {
        return article(id, query, 0);
    }

    /** The search's words are located here, in the article's text alone, by the embedded index's analysis. */
    @Override
    public ArticleView article(String id, String query, int matchesFrom) throws IOException {
        SolrDocument d = call(() -> client.getById(collection, id));
        if (d == null) return null;
        StoredEntities entities = StoredEntities.fromJson((String) d.getFirstValue(Schema.ENTITIES));
        String title = str(d, Schema.TITLE);
        String body = str(d, Schema.BODY);
        String lang = str(d, Schema.LANGUAGE);
        ArticleMatches.Page matches = new ArticleMatches.Page(List.of(), 0);
        if (query != null && !query.isBlank()) {
            matches = ArticleMatches.inText(language.join().reader().read(query, chains(), carried.names()), lang, title, body,
                    matchesFrom, ArticleViewCaps.MATCHES);
        }
        return new ArticleView(id, title, body, day(d), str(d, Schema.SOURCE), str(d, Schema.URL), lang,
                entities.persons(), entities.countries(), entities.organizations(), SolrRelated.of(this, id, body),
                matches.matches(), matches.total(), matchesFrom, ArticleView.Corrected.ofStored(str(d, Schema.CORRECTIONS)),
                str(d, Schema.AUTHOR))
                .withFields(SolrCarriedFields.of(d));
    }

    @Override
    public List<FacetValue> entities(String dim, String prefix, SearchRequest within, int size) throws IOException {
        if (!Schema.filterDims().contains(dim) && Schema.carriedName(dim) == null) {
            throw new BadRequestException("dim must be one of " + String.join(", ", Schema.filterDims()) + ", not '"
                    + dim + "'.");
        }
        SolrQuery q = filtered(guarded(within.query(), Set.of()), within);
        q.setRows(0);
        // Every value named is a candidate (also one no article is about), with both counts, as embedded.
        boolean entity = Schema.entityDims().contains(dim);
        q.setFacet(true).setFacetMinCount(1).setFacetLimit(-1).addFacetField(dim);
        if (entity) q.addFacetField(Schema.aboutDim(dim));
        q.set("timeAllowed", String.valueOf(timeBudget.toMillis()));
        QueryResponse r = query(q);
        if (timedOut(r)) throw new SearchTimeoutException(timeBudget);
        return SolrFacets.lookup(r.getFacetField(dim), entity ? r.getFacetField(Schema.aboutDim(dim)) : null, dim,
                mentions(within), prefix, size);
    }

    /** The filtered query's number found alone: no rows, facets or highlights. */
    @Override
    public long count(SearchRequest request) throws IOException {
        SolrQuery q = filtered(guarded(request.query(), chains()), request);
        q.setRows(0);
        q.set("timeAllowed", String.valueOf(timeBudget.toMillis()));
        QueryResponse r = query(q);
        if (timedOut(r)) throw new SearchTimeoutException(timeBudget);
        return r.getResults().getNumFound();
    }

    /**
     * One request for all the values: a facet query per value on the term a filter reads (the value passed as a
     * parameter, so no character of it needs escaping). A shard that cannot answer makes no claim.
     */
    @Override
    public List<String> unheld(String dim, List<String> values) throws IOException {
        if (values.isEmpty()) return List.of();
        String field = MentionScope.ALL.facetDim(dim);
        SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true);
        q.set("shards.tolerant", "true");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            keys.add("{!term f=" + field + " v=$value" + i + "}");
            q.addFacetQuery(keys.getLast());
            q.set("value" + i, values.get(i));
        }
        QueryResponse r = query(q);
        if (partial(r)) return List.of();
        Map<String, Integer> counts = r.getFacetQuery() == null ? Map.of() : r.getFacetQuery();
        List<String> unheld = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (counts.getOrDefault(keys.get(i), 0) == 0) unheld.add(values.get(i));
        }
        return unheld;
    }

    /** Each series' articles per day and every article's, by the day facet, gathered into periods as embedded. */
    @Override
    public Timeline timeline(List<Timeline.Wanted> series, Timeline.Interval interval, LocalDate from, LocalDate to)
            throws IOException {
        long started = System.nanoTime();
        List<TreeMap<String, Long>> perSeries = new ArrayList<>();
        for (Timeline.Wanted w : series) {
            perSeries.add(days(filtered(guarded(w.request().query(), chains()), w.request())));
        }
        return TimelineCounter.build(series, perSeries, days(new SolrQuery("*:*")), interval, from, to, started);
    }

    /** The articles per day a query selects, within the time budget. */
    private TreeMap<String, Long> days(SolrQuery q) throws IOException {
        q.setRows(0);
        q.set("shards.tolerant", "true");
        q.setFacet(true).setFacetMinCount(1).addFacetField(Schema.DAY_DIM);
        q.set("f." + Schema.DAY_DIM + ".facet.limit", -1);
        q.set("timeAllowed", String.valueOf(timeBudget.toMillis()));
        QueryResponse r = query(q);
        if (timedOut(r)) throw new SearchTimeoutException(timeBudget);
        Map<String, Long> counted = new LinkedHashMap<>();
        FacetField f = r.getFacetField(Schema.DAY_DIM);
        if (f != null && f.getValues() != null) f.getValues().forEach(c -> counted.put(c.getName(), c.getCount()));
        return TimelineCounter.days(counted);
    }

    @Override
    public IndexStats stats() throws IOException {
        SolrQuery q = new SolrQuery("*:*").setRows(1).setFields("_version_").setSort("_version_", SolrQuery.ORDER.desc);
        q.set("json.facet", "{persons:\"unique(" + Schema.PERSONS_DIM + ")\",countries:\"unique("
                + Schema.COUNTRIES_DIM + ")\",day:\"unique(" + Schema.DAY_DIM + ")\"}");
        QueryResponse r = query(q);
        String last = null;
        if (!r.getResults().isEmpty()) {
            // A version is the clock at the update, shifted left 20 bits (Solr's VersionInfo).
            long version = ((Number) r.getResults().getFirst().getFieldValue("_version_")).longValue();
            last = Instant.ofEpochMilli(version >>> 20).toString();
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        var facets = r.getResponse().get("facets");
        for (String dim : List.of(Schema.PERSONS_DIM, Schema.COUNTRIES_DIM, Schema.DAY_DIM)) {
            Object v = facets instanceof NamedList<?> nl ? nl.get(dim) : null;
            values.put(dim, v instanceof Number n ? n.intValue() : 0);
        }
        return new IndexStats((int) r.getResults().getNumFound(), indexBytes(), last, values);
    }

    /** One copy of the index: the shard leaders' index sizes, as the collection status reports them. */
    private long indexBytes() throws IOException {
        NamedList<Object> status = call(() -> client.request(
                CollectionAdminRequest.collectionStatus(collection).setWithCoreInfo(true)));
        double gb = 0;
        if (at(status, collection, "shards") instanceof NamedList<?> shards) {
            for (var shard : shards) {
                if (at(shard.getValue(), "leader", "segInfos", "info", "core", "sizeInGB") instanceof Number n) {
                    gb += n.doubleValue();
                }
            }
        }
        return Math.round(gb * (1L << 30));
    }

    /** The value at a path of names in nested named lists (or maps), or null. */
    private static Object at(Object tree, String... path) {
        Object node = tree;
        for (String name : path) {
            if (node instanceof NamedList<?> list) node = list.get(name);
            else if (node instanceof Map<?, ?> map) node = map.get(name);
            else return null;
        }
        return node;
    }

    /** The index's own fields and those the collection's articles carry, as the embedded index lists them. */
    @Override
    public List<IndexField> fields() throws IOException {
        List<IndexField> fields = new ArrayList<>(IndexField.builtIn());
        fields.addAll(carried.fields());
        return fields;
    }

    @Override
    public Health health() throws IOException {
        if (!language.isDone() || language.isCompletedExceptionally()) return new Health(Health.STARTING, 0);
        return new Health(Health.READY, (int) query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound());
    }

    /** Solr makes new articles visible on its own (soft commits): nothing to do. */
    @Override
    public void maybeRefresh() {
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** The query and the filters; facets, paging and fields are the caller's. */
    private SolrQuery filtered(ReadQuery read, SearchRequest request) throws IOException {
        SolrQuery q = new SolrQuery();
        SolrReadings.apply(q, SolrQueryText.of(request.query(), read), chains());
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
            SolrFacets.filters(request.filter(dim), mentions.facetDim(dim)).forEach(q::addFilterQuery);
        }
        // A carried field's filter (meta.bias=left) reads its exact values, kept under its own name.
        for (String dim : request.entities().keySet()) {
            if (Schema.carriedName(dim) != null) SolrFacets.filters(request.filter(dim), dim).forEach(q::addFilterQuery);
        }
        carried.aliases(q);
        if (request.from() != null || request.to() != null) {
            // Tagged as the day dimension: the histogram counts around the selected range.
            q.addFilterQuery("{!tag=" + Schema.DAY_DIM + "}" + Schema.DATE + ":[" + DayRange.startOf(request.from()) + " TO "
                    + DayRange.endOf(request.to()) + "]");
        }
        return q;
    }

    private static void sort(SolrQuery q, SearchRequest.Sort sort) {
        switch (sort) {
            case RELEVANCE -> q.addSort("score", SolrQuery.ORDER.desc);
            case NEWEST -> q.addSort(Schema.DATE, SolrQuery.ORDER.desc);
            case OLDEST -> q.addSort(Schema.DATE, SolrQuery.ORDER.asc);
        }
        // The unique key breaks ties: cursorMark needs it, and pages never overlap.
        q.addSort(Schema.ID, SolrQuery.ORDER.asc);
    }

    private void facets(SolrQuery q, SearchRequest request, MentionScope mentions) throws IOException {
        q.setFacet(true).setFacetMinCount(1);
        q.add("facet.field", "{!ex=" + Schema.DAY_DIM + "}" + Schema.DAY_DIM);
        q.set("f." + Schema.DAY_DIM + ".facet.limit", -1);
        for (String dim : Schema.filterDims()) {
            SolrFacets.dimension(q, dim, mentions.facetDim(dim), request.filter(dim), request.facets());
        }
        for (String dim : Schema.entityDims()) SolrFacets.otherTop(q, dim, mentions, request.facets());
        for (IndexField f : carried.fields()) {
            String dim = Schema.carriedField(f.name());
            if (f.facet()) SolrFacets.dimension(q, dim, dim, request.filter(dim), request.facets());
        }
    }

    private static void highlight(SolrQuery q) {
        q.setHighlight(true);
        q.set("hl.method", "unified");
        q.set("hl.fl", Schema.TITLE + "," + Schema.BODY);
        q.set("hl.snippets", SolrHighlights.SNIPPETS_PER_HIT);
        q.set("f." + Schema.TITLE + ".hl.snippets", 1);
        // Whole sentences, as the embedded highlighter cuts them.
        q.set("hl.bs.type", "SENTENCE");
        q.set("hl.bs.language", "en");
        q.set("hl.fragsize", 1);
        q.set("hl.fragsizeIsMinimum", true);
        q.set("hl.maxAnalyzedChars", 1_000_000);
        q.set("hl.requireFieldMatch", true);
        q.set("hl.defaultSummary", false);
        // Markers outside any text: the text is escaped here, then they become <mark>.
        q.set("hl.tag.pre", HL_PRE);
        q.set("hl.tag.post", HL_POST);
    }

    /** These documents of an answer as hits, with the answer's highlights. */
    private List<Hit> hits(QueryResponse r, List<SolrDocument> docs) {
        Map<String, Map<String, List<String>>> marked = r.getHighlighting();
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument d : docs) {
            String id = str(d, Schema.ID);
            Map<String, List<String>> h = marked == null ? Map.of() : marked.getOrDefault(id, Map.of());
            Object score = d.getFieldValue("score");
            Map<String, List<String>> about = new LinkedHashMap<>();
            for (String dim : Schema.entityDims()) about.put(dim, strings(d, Schema.aboutField(dim)));
            hits.add(Hit.builder().id(id)
                    .title(SolrHighlights.title(str(d, Schema.TITLE), h.get(Schema.TITLE), HL_PRE, HL_POST))
                    .date(day(d)).source(str(d, Schema.SOURCE)).url(str(d, Schema.URL))
                    .score(score instanceof Number n ? n.floatValue() : null)
                    .persons(strings(d, Schema.PERSON)).countries(strings(d, Schema.COUNTRY))
                    .organizations(strings(d, Schema.ORGANIZATION)).about(about)
                    .snippets(SolrHighlights.snippets(str(d, Schema.BODY), h.get(Schema.BODY), HL_PRE, HL_POST))
                    // An article of a collection indexed before stories is a story of its own, as embedded.
                    .story(d.getFirstValue(Schema.STORY) == null ? id : str(d, Schema.STORY))
                    .author(str(d, Schema.AUTHOR)).language(str(d, Schema.LANGUAGE))
                    .fields(SolrCarriedFields.of(d)).build());
        }
        return hits;
    }

    /**
     * The analysis chains of the collection's articles (a facet over {@link Schema#ANALYSIS}), asked again after
     * {@link #CHAINS_TTL_NANOS}: a query needs one reading per chain. A collection made before the field existed
     * has none, and is read as English.
     */
    /**
     * The query read by {@code chains} as the embedded index reads it, refused where the embedded index refuses it
     * before searching (too many wildcard terms, too many alternatives): Solr would search it, slowly or not at all.
     */
    private ReadQuery guarded(String query, Set<String> chains) throws IOException {
        ReadQuery read = language.join().reader().read(query, chains, carried.names());
        ExpansionGuard.checkWithoutIndex(read.query());
        return read;
    }

    private Set<String> chains() throws IOException {
        Chains known = chains;
        if (known != null && System.nanoTime() - known.asked() < CHAINS_TTL_NANOS) return known.names();
        Set<String> names = new java.util.TreeSet<>();
        try {
            SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1).setFacetLimit(-1)
                    .addFacetField(Schema.ANALYSIS);
            FacetField f = query(q).getFacetField(Schema.ANALYSIS);
            if (f != null && f.getValues() != null) f.getValues().forEach(c -> names.add(c.getName()));
        } catch (BadRequestException olderSchema) {
            // No such field: an English-only collection of an older configset.
        }
        chains = new Chains(java.util.Collections.unmodifiableSet(names), System.nanoTime());
        return chains.names();
    }

    private record Chains(Set<String> names, long asked) {
    }

    QueryResponse query(SolrQuery q) throws IOException {
        return call(() -> client.query(collection, q, SolrRequest.METHOD.POST));
    }

    private <T> T call(Retry.Call<T> call) throws IOException {
        try {
            return onceMoreIfStale(call);
        } catch (SolrException e) {
            if (e.code() == 400) {
                throw new BadRequestException("The cluster could not search this: " + shortMessage(e) + ".");
            }
            throw unavailable(e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequestException || e instanceof ClusterUnavailableException) throw e;
            throw unavailable(e);
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    /**
     * Runs a read, and runs it once more at once when it failed on the connection itself (EOF, reset): a pooled
     * keep-alive connection to a node that restarted fails on its first use, and the client then opens a new one.
     * Reads change nothing, so asking twice is safe; a node really down fails the second time too.
     */
    private static <T> T onceMoreIfStale(Retry.Call<T> call) throws Exception {
        try {
            return call.run();
        } catch (Exception e) {
            if (!brokenConnection(e)) throw e;
            return call.run();
        }
    }

    private static boolean brokenConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException || t instanceof java.net.SocketException) return true;
            if (t instanceof SolrException) return false;
        }
        return false;
    }

    private ClusterUnavailableException unavailable(Exception e) {
        return new ClusterUnavailableException("The cluster cannot answer right now ("
                + ClusterUnavailableException.reason(e) + "); try again shortly.", e);
    }

    private static String shortMessage(SolrException e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf('\n');
        m = cut > 0 ? m.substring(0, cut) : m;
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private static boolean partial(QueryResponse r) {
        Object p = r.getResponseHeader() == null ? null : r.getResponseHeader().get("partialResults");
        return Boolean.TRUE.equals(p) || "true".equals(String.valueOf(p));
    }

    static String str(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }

    private static List<String> strings(SolrDocument d, String field) {
        var values = d.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(Object::toString).toList();
    }

    static String day(SolrDocument d) {
        Object v = d.getFirstValue(Schema.DATE);
        return v instanceof Number n ? Schema.DAY.format(Instant.ofEpochMilli(n.longValue())) : null;
    }

}
