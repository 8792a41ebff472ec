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
     * A response to fill in by name: {@code SearchResponse.builder().total(n).hits(hits)…build()}. Every construction
     * site uses it, so a new component is added here (field, setter, {@link Builder#build()}, {@link #toBuilder()})
     * and nowhere else. Without {@link Builder#stories(Long)} each hit is an article; with it, {@code total} still
     * counts articles, {@code stories} counts the stories they form, and each hit is a story's leading article.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this response's values, to change one or two of them. */
    public Builder toBuilder() {
        return new Builder().total(total).totalIsLowerBound(totalIsLowerBound).tookMs(tookMs).query(query)
                .warnings(warnings).aliases(aliases).filters(filters).hits(hits).facets(facets).page(page).size(size)
                .nextCursor(nextCursor).partial(partial).stories(stories);
    }

    /** The components of a {@link SearchResponse}, set by name; unset lists are empty, flags false, the rest null. */
    public static final class Builder {
        private long total;
        private boolean totalIsLowerBound;
        private long tookMs;
        private String query;
        private List<String> warnings = List.of();
        private List<AliasNote> aliases = List.of();
        private Filters filters;
        private List<Hit> hits = List.of();
        private Facets facets;
        private int page;
        private int size;
        private String nextCursor;
        private boolean partial;
        private Long stories;

        private Builder() {
        }

        public Builder total(long total) {
            this.total = total;
            return this;
        }

        public Builder totalIsLowerBound(boolean totalIsLowerBound) {
            this.totalIsLowerBound = totalIsLowerBound;
            return this;
        }

        public Builder tookMs(long tookMs) {
            this.tookMs = tookMs;
            return this;
        }

        public Builder query(String query) {
            this.query = query;
            return this;
        }

        public Builder warnings(List<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        public Builder aliases(List<AliasNote> aliases) {
            this.aliases = aliases;
            return this;
        }

        public Builder filters(Filters filters) {
            this.filters = filters;
            return this;
        }

        public Builder hits(List<Hit> hits) {
            this.hits = hits;
            return this;
        }

        public Builder facets(Facets facets) {
            this.facets = facets;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        /** The cursor of the next page, or null on the last one. */
        public Builder nextCursor(String nextCursor) {
            this.nextCursor = nextCursor;
            return this;
        }

        /** True when a cluster answered without some shards (a node down): hits and counts are those that answered. */
        public Builder partial(boolean partial) {
            this.partial = partial;
            return this;
        }

        /** How many stories the matching articles form, when hits are collapsed to stories; null otherwise. */
        public Builder stories(Long stories) {
            this.stories = stories;
            return this;
        }

        public SearchResponse build() {
            return new SearchResponse(total, totalIsLowerBound, tookMs, query, warnings, aliases, filters, hits, facets,
                    page, size, nextCursor, partial, stories);
        }
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

    /** The same answer with other warnings. */
    public SearchResponse withWarnings(List<String> newWarnings) {
        return toBuilder().warnings(List.copyOf(newWarnings)).build();
    }

    /**
     * The filters applied, echoed back: {@code persons} and {@code countries} list the wanted values (as before match
     * modes existed); {@code entities} gives every dimension's filter in full (values, match "or"/"and", excluded);
     * {@code mentions} which entities the filters and counts read ("about" or "all"), as the backend applied it.
     */
    public record Filters(List<String> persons, List<String> countries, String from, String to,
                          Map<String, EntityFilter> entities, MentionScope mentions) {
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
                      @JsonInclude(JsonInclude.Include.NON_NULL) String language,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> fields) {
        /** {@code fields}: the fields the article's input carries ({@code bias}, {@code topic}), by name; never null. */
        public Hit {
            fields = fields == null ? Map.of() : fields;
        }

        /** A hit to fill in by name: every construction site uses it, so a new component is added here only. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this hit's values, to change one or two of them. */
        public Builder toBuilder() {
            return new Builder().id(id).title(title).date(date).source(source).url(url).score(score).persons(persons)
                    .countries(countries).organizations(organizations).about(about).snippets(snippets).story(story)
                    .similar(similar).similarArticles(similarArticles).author(author).language(language)
                    .fields(fields);
        }

        /**
         * The same hit standing for its story: {@code similar} other matching articles of the story, the first
         * {@link #MAX_LISTED} of them listed.
         */
        public Hit asStory(int others, List<StoryArticle> listed) {
            return toBuilder().similar(others).similarArticles(listed).build();
        }

        /**
         * The components of a {@link Hit}, set by name; unset entity lists and snippets are empty, the rest null (left
         * out of the JSON where the component says so).
         */
        public static final class Builder {
            private String id;
            private String title;
            private String date;
            private String source;
            private String url;
            private Float score;
            private List<String> persons = List.of();
            private List<String> countries = List.of();
            private List<String> organizations = List.of();
            private Map<String, List<String>> about;
            private List<String> snippets = List.of();
            private String story;
            private Integer similar;
            private List<StoryArticle> similarArticles;
            private String author;
            private String language;
            private Map<String, List<String>> fields = Map.of();

            private Builder() {
            }

            public Builder id(String id) {
                this.id = id;
                return this;
            }

            /** HTML: the article's title escaped, the query's matches in {@code <mark>}. */
            public Builder title(String title) {
                this.title = title;
                return this;
            }

            public Builder date(String date) {
                this.date = date;
                return this;
            }

            public Builder source(String source) {
                this.source = source;
                return this;
            }

            public Builder url(String url) {
                this.url = url;
                return this;
            }

            /** The relevance score, or null when the order is not by relevance. */
            public Builder score(Float score) {
                this.score = score;
                return this;
            }

            public Builder persons(List<String> persons) {
                this.persons = persons;
                return this;
            }

            public Builder countries(List<String> countries) {
                this.countries = countries;
                return this;
            }

            public Builder organizations(List<String> organizations) {
                this.organizations = organizations;
                return this;
            }

            /** Per entity dimension, the values the article is about; null when the index does not know. */
            public Builder about(Map<String, List<String>> about) {
                this.about = about;
                return this;
            }

            /** HTML, as {@link #title(String)}. */
            public Builder snippets(List<String> snippets) {
                this.snippets = snippets;
                return this;
            }

            /** The story the article belongs to, or null when it stands alone. */
            public Builder story(String story) {
                this.story = story;
                return this;
            }

            public Builder similar(Integer similar) {
                this.similar = similar;
                return this;
            }

            public Builder similarArticles(List<StoryArticle> similarArticles) {
                this.similarArticles = similarArticles;
                return this;
            }

            /** Plain text, or null. */
            public Builder author(String author) {
                this.author = author;
                return this;
            }

            /** An ISO 639-1 code, or null. */
            public Builder language(String language) {
                this.language = language;
                return this;
            }

            /** The fields the article's input carries, by name (none: a backend that keeps none). */
            public Builder fields(Map<String, List<String>> fields) {
                this.fields = fields;
                return this;
            }

            public Hit build() {
                return new Hit(id, title, date, source, url, score, persons, countries, organizations, about, snippets,
                        story, similar, similarArticles, author, language, fields);
            }
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
    public record Facets(@JsonIgnore Map<String, List<FacetValue>> entities, DateCounts dates,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<FacetValue>> fields) {
        /**
         * {@code fields}: the values of each carried field that is a facet ({@code bias}, {@code topic}: fields the
         * articles' input carries), by its name; absent when there is none.
         */
        public Facets {
            fields = fields == null ? Map.of() : fields;
        }

        /** The entity dimensions and dates, no carried field. */
        public Facets(Map<String, List<FacetValue>> entities, DateCounts dates) {
            this(entities, dates, Map.of());
        }

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
     * in the request's {@link MentionScope} mode; {@code aboutCount} and {@code mentionCount} give both: how many articles
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
