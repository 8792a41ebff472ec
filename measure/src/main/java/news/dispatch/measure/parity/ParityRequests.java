package news.dispatch.measure.parity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.dispatch.index.Schema;
import news.dispatch.search.EntityFilter;
import news.dispatch.search.MentionScope;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;
import news.dispatch.search.Timeline;

/**
 * The searches the parity check asks both backends: each query of a query file in every request shape (words, by
 * date, every mention, stories, a country, persons any of / all of, an exclusion, an organization, a date range), and
 * a timeline per query. The filter values are the corpus's own most frequent ones, read from the embedded index's
 * facets, so that every shape selects something.
 *
 * @param shape the shape's name, as the table lists it
 */
public record ParityRequests(List<Named> searches, List<NamedTimeline> timelines) {
    /** One search and the shape it has. */
    public record Named(String shape, SearchRequest request) {
    }

    /** One timeline: its series (the query alone, and with the top person). */
    public record NamedTimeline(String query, List<Timeline.Wanted> series) {
    }

    /** Facet values asked: enough that a cut between tied counts is rare. */
    static final int FACETS = 20;

    /** The shapes of {@code queries}, filtered by the values the whole corpus ({@code everything}) names most. */
    public static ParityRequests of(List<String> queries, SearchResponse everything) {
        List<String> persons = top(everything, Schema.PERSONS_DIM, 2);
        List<String> countries = top(everything, Schema.COUNTRIES_DIM, 2);
        List<String> organizations = top(everything, Schema.ORGANIZATIONS_DIM, 1);
        LocalDate[] range = busiestMonth(everything);
        List<Named> searches = new ArrayList<>();
        List<NamedTimeline> timelines = new ArrayList<>();
        for (String q : queries) {
            SearchRequest words = new SearchRequest(q, Map.of(), null, null, null, 10, 1, null, FACETS);
            searches.add(new Named("words", words));
            searches.add(new Named("words, by date", words.withPaging(SearchRequest.Sort.NEWEST, 10, 1, FACETS)));
            searches.add(new Named("words, every mention", words.withMentions(MentionScope.ALL)));
            searches.add(new Named("stories", words.withCollapse(true)));
            searches.add(new Named("stories, by date", words.withCollapse(true)
                    .withPaging(SearchRequest.Sort.NEWEST, 10, 1, FACETS)));
            if (!countries.isEmpty()) {
                searches.add(new Named("country", words.withFilter(Schema.COUNTRIES_DIM,
                        EntityFilter.anyOf(countries.subList(0, 1)))));
            }
            if (persons.size() == 2) {
                searches.add(new Named("persons any of, by date", words.withFilter(Schema.PERSONS_DIM,
                        EntityFilter.anyOf(persons)).withPaging(SearchRequest.Sort.NEWEST, 10, 1, FACETS)));
                searches.add(new Named("persons all of, every mention", words.withMentions(MentionScope.ALL)
                        .withFilter(Schema.PERSONS_DIM, new EntityFilter(persons, EntityFilter.Match.ALL, List.of()))));
            }
            if (!persons.isEmpty()) {
                searches.add(new Named("not person", words.withFilter(Schema.PERSONS_DIM,
                        new EntityFilter(List.of(), EntityFilter.Match.ANY, persons.subList(0, 1)))));
            }
            if (countries.size() == 2) {
                searches.add(new Named("country and not country, stories", words.withCollapse(true)
                        .withFilter(Schema.COUNTRIES_DIM, new EntityFilter(countries.subList(0, 1),
                                EntityFilter.Match.ANY, countries.subList(1, 2)))));
            }
            if (!organizations.isEmpty()) {
                searches.add(new Named("organization, every mention", words.withMentions(MentionScope.ALL)
                        .withFilter(Schema.ORGANIZATIONS_DIM, EntityFilter.anyOf(organizations))));
            }
            if (range != null) searches.add(new Named("date range", words.withDates(range[0], range[1])));
            List<Timeline.Wanted> series = new ArrayList<>();
            series.add(new Timeline.Wanted(q, q, words));
            if (!persons.isEmpty()) {
                series.add(new Timeline.Wanted(q + " + " + persons.getFirst(), q, words.withFilter(Schema.PERSONS_DIM,
                        EntityFilter.anyOf(persons.subList(0, 1)))));
            }
            timelines.add(new NamedTimeline(q, series));
        }
        return new ParityRequests(searches, timelines);
    }

    /** The request that reads the whole corpus's facets (every article, every mention). */
    public static SearchRequest everything() {
        return new SearchRequest("", Map.of(), null, null, null, 1, 1, null, 10).withMentions(MentionScope.ALL);
    }

    /** The shapes in the order they were made, each once. */
    public List<String> shapes() {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        searches.forEach(n -> seen.put(n.shape(), true));
        return List.copyOf(seen.keySet());
    }

    private static List<String> top(SearchResponse r, String dim, int n) {
        return r.facets().byDimension().getOrDefault(dim, List.of()).stream().limit(n)
                .map(SearchResponse.FacetValue::value).toList();
    }

    /** The first and last day of the month with the most articles, or null for an undated corpus. */
    private static LocalDate[] busiestMonth(SearchResponse r) {
        SearchResponse.FacetValue best = null;
        for (SearchResponse.FacetValue v : r.facets().dates().month()) {
            if (best == null || v.count() > best.count()) best = v;
        }
        if (best == null) return null;
        LocalDate first = LocalDate.parse(best.value() + "-01");
        return new LocalDate[] {first, first.plusMonths(1).minusDays(1)};
    }
}
