package news.dispatch.search;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import news.dispatch.index.Schema;

/** The answer to a {@link SearchRequest}: hits of one page, facet counts, and how the query was read. */
public record SearchResponse(long total, boolean totalIsLowerBound, long tookMs, String query, List<String> warnings,
                             List<AliasNote> aliases, Filters filters, List<Hit> hits, Facets facets, int page, int size, String nextCursor,
                             boolean partial, @JsonInclude(JsonInclude.Include.NON_NULL) Long stories) {

    /**
     * An answer without story collapse ({@code stories} null): each hit is an article. With collapse, {@code total}
     * still counts articles, {@code stories} counts the stories they form, and each hit is a story's leading article.
     */
    public SearchResponse(long total, boolean totalIsLowerBound, long tookMs, String query, List<String> warnings,
                          List<AliasNote> aliases, Filters filters, List<Hit> hits, Facets facets, int page, int size,
                          String nextCursor, boolean partial) {
        this(total, totalIsLowerBound, tookMs, query, warnings, aliases, filters, hits, facets, page, size, nextCursor,
                partial, null);
    }

    /** What each count counts, so that no client has to guess: {@code hits} are stories when collapsed. */
    public record Counts(String total, String stories, String facets, String hits) {
    }

    @com.fasterxml.jackson.annotation.JsonProperty("counts")
    public Counts counts() {
        return new Counts("articles", stories == null ? null : "stories", "articles",
                stories == null ? "articles" : "stories");
    }

    /** True when hits are stories (copies of one wire story collapsed into one hit). */
    @com.fasterxml.jackson.annotation.JsonProperty("collapsed")
    public boolean collapsed() {
        return stories != null;
    }

    /**
     * A complete answer. {@code partial} is true when a cluster answered without some shards (a node down): the
     * hits and counts are those of the shards that answered.
     */
    public SearchResponse(long total, boolean totalIsLowerBound, long tookMs, String query, List<String> warnings,
                          List<AliasNote> aliases, Filters filters, List<Hit> hits, Facets facets, int page, int size,
                          String nextCursor) {
        this(total, totalIsLowerBound, tookMs, query, warnings, aliases, filters, hits, facets, page, size, nextCursor,
                false);
    }

    /** The same answer with other warnings. */
    public SearchResponse withWarnings(List<String> newWarnings) {
        return new SearchResponse(total, totalIsLowerBound, tookMs, query, List.copyOf(newWarnings), aliases, filters,
                hits, facets, page, size, nextCursor, partial, stories);
    }

    /**
     * The filters applied, echoed back: {@code persons} and {@code countries} list the wanted values (as before match
     * modes existed); {@code entities} gives every dimension's filter in full (values, match "or"/"and", excluded);
     * {@code mentions} which entities the filters and counts read ("about" or "all"), as the backend applied it.
     */
    public record Filters(List<String> persons, List<String> countries, String from, String to,
                          Map<String, EntityFilter> entities, Mentions mentions) {
        /** Persons and countries only, for a backend without match modes. */
        public Filters(List<String> persons, List<String> countries, String from, String to) {
            this(persons, countries, from, to, Map.of(), null);
        }

        public Filters(List<String> persons, List<String> countries, String from, String to,
                       Map<String, EntityFilter> entities) {
            this(persons, countries, from, to, entities, null);
        }
    }

    /**
     * One article in the hit list. {@code title} and {@code snippets} are HTML: the article's text escaped, with
     * the query's matches in {@code <mark>}. {@code about} names, per entity dimension ("persons", …), the values of
     * {@code persons}, {@code countries} and {@code organizations} the article is about; absent when the index does
     * not know (written before the about set was kept).
     */
    public record Hit(String id, String title, String date, String source, String url, Float score,
                      List<String> persons, List<String> countries, List<String> organizations,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> about,
                      List<String> snippets,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String story,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Integer similar,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<StoryArticle> similarArticles,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String author,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String language) {
        /** A hit of a backend that knows persons and countries only: no about set, no story, no author. */
        public Hit(String id, String title, String date, String source, String url, Float score, List<String> persons,
                   List<String> countries, List<String> snippets) {
            this(id, title, date, source, url, score, persons, countries, List.of(), null, snippets, null, null, null,
                    null, null);
        }

        /** The same hit with its article's author (plain text), or none. */
        public Hit withAuthor(String name) {
            return new Hit(id, title, date, source, url, score, persons, countries, organizations, about, snippets,
                    story, similar, similarArticles, name, language);
        }

        /** The same hit with its article's language (an ISO 639-1 code), or none. */
        public Hit withLanguage(String code) {
            return new Hit(id, title, date, source, url, score, persons, countries, organizations, about, snippets,
                    story, similar, similarArticles, author, code);
        }

        /**
         * The same hit standing for its story: {@code similar} other matching articles of the story, the first
         * {@link #MAX_LISTED} of them listed.
         */
        public Hit asStory(int others, List<StoryArticle> listed) {
            return new Hit(id, title, date, source, url, score, persons, countries, organizations, about, snippets,
                    story, others, listed, author, language);
        }

        public static final int MAX_LISTED = 20;
    }

    /**
     * Another article of a hit's story (a copy, update or rewrite of the same wire text). {@code title} is plain text,
     * not HTML: display it as text.
     */
    public record StoryArticle(String id, String title, String date, String source, String url) {
    }

    /**
     * The values of each entity dimension (in JSON one member per dimension: "persons", "countries", …) and the
     * date histogram.
     */
    @JsonPropertyOrder({"persons", "countries"})
    public record Facets(@JsonIgnore Map<String, List<FacetValue>> entities, DateCounts dates) {
        /** Persons and countries only. */
        public Facets(List<FacetValue> persons, List<FacetValue> countries, DateCounts dates) {
            this(orderedPair(persons, countries), dates);
        }

        private static Map<String, List<FacetValue>> orderedPair(List<FacetValue> persons, List<FacetValue> countries) {
            Map<String, List<FacetValue>> m = new java.util.LinkedHashMap<>();
            m.put(Schema.PERSONS_DIM, persons);
            m.put(Schema.COUNTRIES_DIM, countries);
            return m;
        }

        @JsonAnyGetter
        public Map<String, List<FacetValue>> byDimension() {
            return entities;
        }

        public List<FacetValue> persons() {
            return entities.getOrDefault(Schema.PERSONS_DIM, List.of());
        }

        public List<FacetValue> countries() {
            return entities.getOrDefault(Schema.COUNTRIES_DIM, List.of());
        }
    }

    /**
     * A facet value; {@code code} is the ISO country code, of a country or of a national body's country; {@code excluded} marks a value the
     * search excludes (listed so it can be taken back; its count is zero, as no result names it). {@code count} is
     * in the request's {@link Mentions} mode; {@code aboutCount} and {@code mentionCount} give both: how many articles
     * are about the value and how many mention it at all (absent where the backend or index cannot tell).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FacetValue(String value, String code, int count, Boolean selected, Boolean excluded,
                             Integer aboutCount, Integer mentionCount) {
        public FacetValue(String value, String code, int count, Boolean selected, Boolean excluded) {
            this(value, code, count, selected, excluded, null, null);
        }

        public FacetValue(String value, String code, int count, Boolean selected) {
            this(value, code, count, selected, null);
        }

        /** This value with both counts: of the articles about it and of those mentioning it. */
        public FacetValue withCounts(Integer about, Integer mentioning) {
            return new FacetValue(value, code, count, selected, excluded, about, mentioning);
        }
    }

    /** Counts for a histogram, in date order; {@code day} is empty when the span is too long to list by day. */
    public record DateCounts(List<FacetValue> year, List<FacetValue> month, List<FacetValue> day, int undated) {
    }
}
