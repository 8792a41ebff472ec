package news.dispatch.solr;

import java.io.IOException;
import java.time.Instant;
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
import news.dispatch.search.ArticleView;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.Health;
import news.dispatch.search.DayRange;
import news.dispatch.search.IndexStats;
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
    private static final long CHAINS_TTL_NANOS = 30_000_000_000L;
    private volatile Chains chains;

    /** The query reader and the alias notes: built off the start-up path, they take the gazetteers. */
    private record Language(QueryReader reader, QueryAliasMap aliases) {
    }

    private SolrSearcher(CloudSolrClient client, String collection, CompletableFuture<Language> language) {
        this.client = client;
        this.collection = collection;
        this.language = language;
    }

    /**
     * Connects to the collection and checks that it answers. ZooKeeper unreachable or a missing collection is a
     * {@link ClusterUnavailableException} with one sentence.
     */
    public static SolrSearcher open(SolrTarget target) {
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
        }));
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        // Read by every chain of the collection for the notes (a Cyrillic word's Latin spelling); Solr parses the text.
        ReadQuery read = language.join().reader().read(request.query(), chains());
        SolrQuery q = filtered(read, request);
        int offset = request.cursor() == null ? (request.page() - 1) * request.size() : 0;
        if (offset + request.size() > MAX_PAGE_DEPTH) {
            throw new BadRequestException("Pages reach only the first " + MAX_PAGE_DEPTH
                    + " hits; go further with the cursor (next_cursor).");
        }
        SolrCursor cursor = request.cursor() == null ? null : SolrCursor.decode(request.sort(), request.cursor());
        q.setRows(request.size());
        q.setFields(Schema.ID, Schema.TITLE, Schema.BODY, Schema.DATE, Schema.SOURCE, Schema.URL, Schema.PERSON,
                Schema.COUNTRY, Schema.AUTHOR, Schema.LANGUAGE, "score");
        sort(q, request.sort());
        // Page 1 starts a cursor, so it can hand out next_cursor; later numbered pages use start.
        if (cursor != null) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor.mark());
        } else if (offset == 0) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, CursorMarkParams.CURSOR_MARK_START);
        } else {
            q.setStart(offset);
        }
        facets(q, request);
        highlight(q);
        QueryResponse r = query(q);

        long total = r.getResults().getNumFound();
        List<Hit> hits = hits(r);
        long seen = (cursor == null ? offset : cursor.seen()) + hits.size();
        String next = r.getNextCursorMark() != null && seen < total && !hits.isEmpty()
                ? new SolrCursor(request.sort(), seen, r.getNextCursorMark()).encode() : null;
        SearchResponse.Facets facets = new SearchResponse.Facets(
                SolrFacets.entity(r, Schema.PERSONS_DIM, request.persons()),
                SolrFacets.entity(r, Schema.COUNTRIES_DIM, request.countries()),
                SolrFacets.dates(r));
        facets.entities().put(Schema.LANGUAGES_DIM, SolrFacets.entity(r, Schema.LANGUAGES_DIM,
                request.filter(Schema.LANGUAGES_DIM).values()));
        return new SearchResponse(total, false, (System.nanoTime() - started) / 1_000_000,
                read.query().toString(), new ArrayList<>(read.warnings()),
                read.aliases(),
                new Filters(request.persons(), request.countries(), DayRange.text(request.from()), DayRange.text(request.to()),
                        java.util.Map.of(), news.dispatch.search.Mentions.ALL),
                hits, facets, request.cursor() == null ? request.page() : 0, request.size(), next, partial(r));
    }

    @Override
    public ArticleView article(String id) throws IOException {
        SolrDocument d = call(() -> client.getById(collection, id));
        if (d == null) return null;
        StoredEntities entities = StoredEntities.fromJson((String) d.getFirstValue(Schema.ENTITIES));
        return new ArticleView(id, str(d, Schema.TITLE), str(d, Schema.BODY), day(d), str(d, Schema.SOURCE),
                str(d, Schema.URL), str(d, Schema.LANGUAGE), entities.persons(), entities.countries(),
                entities.organizations(), SolrRelated.of(this, id, str(d, Schema.BODY)), List.of(), List.of(),
                str(d, Schema.AUTHOR));
    }

    @Override
    public List<FacetValue> entities(String dim, String prefix, SearchRequest within, int size) throws IOException {
        if (!dim.equals(Schema.PERSONS_DIM) && !dim.equals(Schema.COUNTRIES_DIM)) {
            throw new BadRequestException("dim must be persons or countries, not '" + dim + "'.");
        }
        SolrQuery q = filtered(language.join().reader().read(within.query()), within);
        q.setRows(0);
        q.setFacet(true).setFacetMinCount(1).setFacetLimit(-1).addFacetField(dim);
        return SolrFacets.lookup(query(q).getFacetField(dim), dim, prefix, size);
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
        q.set("q.op", "AND");
        // Runs of words reach the analyzer together, so multi-word aliases match (as the embedded reader does).
        q.set("sow", "false");
        q.set("uf", String.join(" ", Schema.QUERY_FIELDS));
        q.set("lowercaseOperators", "false");
        q.set("shards.tolerant", "true");
        // Match modes and exclusions (issue 13) are built for the embedded index only: refused here, never ignored.
        // The collection keeps every mention, no about set: "about" is refused rather than answered with mentions.
        if (request.mentions() == news.dispatch.search.Mentions.ABOUT) {
            throw new BadRequestException("'mentions=about' is not available with the Solr backend: it indexes every "
                    + "mention only, so its filters and counts are those of mentions=all.");
        }
        request.entities().forEach((dim, f) -> {
            if ((f.match() == news.dispatch.search.EntityFilter.Match.ALL && f.values().size() > 1) || !f.excluded().isEmpty()) {
                throw new BadRequestException("'all of' filters and exclusions are not available with the Solr backend yet.");
            }
        });
        if (!request.persons().isEmpty()) q.addFilterQuery(SolrFacets.anyOf(Schema.PERSONS_DIM, request.persons()));
        List<String> languages = request.filter(Schema.LANGUAGES_DIM).values();
        if (!languages.isEmpty()) q.addFilterQuery(SolrFacets.anyOf(Schema.LANGUAGES_DIM, languages));
        if (!request.countries().isEmpty()) {
            q.addFilterQuery(SolrFacets.anyOf(Schema.COUNTRIES_DIM, request.countries()));
        }
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

    private static void facets(SolrQuery q, SearchRequest request) {
        q.setFacet(true).setFacetMinCount(1);
        q.add("facet.field", "{!ex=" + Schema.PERSONS_DIM + "}" + Schema.PERSONS_DIM);
        q.add("facet.field", "{!ex=" + Schema.COUNTRIES_DIM + "}" + Schema.COUNTRIES_DIM);
        q.add("facet.field", "{!ex=" + Schema.DAY_DIM + "}" + Schema.DAY_DIM);
        q.add("facet.field", "{!ex=" + Schema.LANGUAGES_DIM + "}" + Schema.LANGUAGES_DIM);
        q.set("f." + Schema.LANGUAGES_DIM + ".facet.limit", request.facets());
        q.set("f." + Schema.PERSONS_DIM + ".facet.limit", request.facets());
        q.set("f." + Schema.COUNTRIES_DIM + ".facet.limit", request.facets());
        q.set("f." + Schema.DAY_DIM + ".facet.limit", -1);
        SolrFacets.selectedCounts(q, Schema.PERSONS_DIM, request.persons());
        SolrFacets.selectedCounts(q, Schema.COUNTRIES_DIM, request.countries());
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

    private List<Hit> hits(QueryResponse r) {
        Map<String, Map<String, List<String>>> marked = r.getHighlighting();
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            String id = str(d, Schema.ID);
            Map<String, List<String>> h = marked == null ? Map.of() : marked.getOrDefault(id, Map.of());
            Object score = d.getFieldValue("score");
            hits.add(new Hit(id, SolrHighlights.title(str(d, Schema.TITLE), h.get(Schema.TITLE), HL_PRE, HL_POST),
                    day(d), str(d, Schema.SOURCE), str(d, Schema.URL),
                    score instanceof Number n ? n.floatValue() : null, strings(d, Schema.PERSON),
                    strings(d, Schema.COUNTRY),
                    SolrHighlights.snippets(str(d, Schema.BODY), h.get(Schema.BODY), HL_PRE, HL_POST))
                    .withAuthor(str(d, Schema.AUTHOR)).withLanguage(str(d, Schema.LANGUAGE)));
        }
        return hits;
    }

    /**
     * The analysis chains of the collection's articles (a facet over {@link Schema#ANALYSIS}), asked again after
     * {@link #CHAINS_TTL_NANOS}: a query needs one reading per chain. A collection made before the field existed
     * has none, and is read as English.
     */
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
            return call.run();
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
