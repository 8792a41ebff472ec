package news.dispatch.measure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import news.dispatch.index.Schema;
import news.dispatch.search.EntityFilter;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dispatch eval cross-script}: on an index of articles in several scripts, whether a person's name written in
 * each script finds the same articles. For each person: the articles the person filter gives, and for each spelling
 * the query's total, the share of the filter's articles it finds, and its total against the filter's; then the
 * spread of the spellings' totals (largest over smallest, minus one) and the languages the index holds. One hit per
 * article (no story collapse), as the targets count.
 */
@Command(name = "cross-script", mixinStandardHelpOptions = true,
        description = {"Totals of one person's name queried in each script (q=Putin, q=Путин, q=Путін) against the"
                + " person filter (person=Vladimir Putin) on an index, one hit per article; and the spread of the"
                + " spellings' totals.",
                "Target (issue 23): totals within 5 % of each other, each >= 90 % of the person filter's."})
final class CrossScriptEvalCommand implements Callable<Integer> {
    /**
     * Heads of state and government in the news of 2015-2020, chosen before measuring: each name in Latin, Russian and
     * Ukrainian letters (Bulgarian where Ukrainian writes it as Russian does), the three the spread is taken over; then
     * Polish and Czech inflected forms and the Arabic spelling of the entity table (arabic-persons.tsv).
     */
    private static final List<String> DEFAULT_PERSONS = List.of(
            "Vladimir Putin=Putin,Путин,Путін,Putina,Putinem,بوتين",
            "Donald Trump=Trump,Трамп,Тръмп,Trumpa,Trumpem,ترامب",
            "Angela Merkel=Merkel,Меркель,Меркел,Merkelová,Merkelové,ميركل",
            "Boris Johnson=\"Boris Johnson\",\"Борис Джонсон\",\"Борис Джонсън\",\"Borisa Johnsona\",\"Borisem Johnsonem\","
                    + "\"بوريس جونسون\"",
            "Theresa May=\"Theresa May\",\"Тереза Мэй\",\"Тереза Мей\",\"Theresy May\",\"Terezy Mayové\",\"تيريزا ماي\"",
            "Volodymyr Zelensky=Zelensky,Зеленский,Зеленський,Zełenskiego,Zelenského",
            "Emmanuel Macron=Macron,Макрон,Макрон,Macrona,Macronem,ماكرون",
            "Joe Biden=Biden,Байден,Байдън,Bidena,Bidenem,بايدن");
    /** The first this many queries of a person are the scripts the spread is taken over (Latin, Russian, Ukrainian). */
    private static final int SCRIPTS = 3;
    /** Issue 23's targets: the scripts' totals within 5 % of each other, each at least 90 % of the person filter's. */
    private static final double MAX_SPREAD = 0.05;
    private static final double MIN_OF_FILTER = 0.90;

    @Option(names = "--index", required = true, description = "the index folder") Path index;
    @Option(names = "--person", paramLabel = "NAME=Q1,Q2,...",
            description = "a person filter value and the queries to compare, the first three in Latin, Russian and"
                    + " Ukrainian letters (repeatable; default: Putin, Trump, Merkel, Johnson, May, Zelensky, Macron,"
                    + " Biden, each also inflected in Polish and Czech and in Arabic letters)") List<String> persons = DEFAULT_PERSONS;
    @Option(names = "--missed", paramLabel = "N", description = "also list up to N of the filter's articles each query"
            + " misses (id, language, title), to see why (default: 0)") int missed;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (LuceneSearcher searcher = LuceneSearcher.open(index, java.time.Duration.ofMinutes(1))) {
            SearchResponse all = searcher.search(SearchRequest.of(""));
            out.printf("%s: %d articles; languages:", index, all.total());
            all.facets().entities().getOrDefault(Schema.LANGUAGES_DIM, List.of())
                    .forEach(v -> out.printf(" %s %d", v.value(), v.count()));
            out.println();
            out.printf("%-18s %-22s %7s %9s %9s  %s%n", "person", "query", "total", "of filter", "/ filter", "alias notes");
            List<String> summary = new ArrayList<>();
            for (String spec : persons) {
                int eq = spec.indexOf('=');
                String person = spec.substring(0, eq);
                List<String> queries = List.of(spec.substring(eq + 1).split(","));
                long filtered = total(searcher, request("", person));
                out.printf("%-18s %-22s %7d%n", person, "person filter", filtered);
                Map<String, Long> totals = new LinkedHashMap<>();
                for (String q : queries) {
                    SearchResponse r = searcher.search(request(q, null));
                    long within = total(searcher, request(q, person));
                    totals.put(q, r.total());
                    List<String> notes = new ArrayList<>();
                    r.aliases().forEach(n -> notes.add(n.term() + " → " + String.join(", ", n.alsoMatches())));
                    out.printf("%-18s %-22s %7d %8.1f%% %8.1f%%  %s%n", "", q, r.total(), percent(within, filtered),
                            percent(r.total(), filtered), String.join("; ", notes));
                    if (missed > 0 && within < filtered) listMissed(searcher, out, q, person);
                }
                List<Long> scripts = queries.stream().limit(SCRIPTS).map(totals::get).toList();
                long most = scripts.stream().mapToLong(Long::longValue).max().orElse(0);
                long least = scripts.stream().mapToLong(Long::longValue).min().orElse(0);
                double spread = least == 0 ? 1 : (double) (most - least) / least;
                double ofFilter = filtered == 0 ? 0 : (double) least / filtered;
                boolean met = spread <= MAX_SPREAD && ofFilter >= MIN_OF_FILTER;
                out.printf("%-18s %-22s spread %.1f%% (largest over smallest, minus one), smallest %.2f of the filter: %s%n",
                        "", String.join(" ", queries.subList(0, Math.min(SCRIPTS, queries.size()))), 100 * spread,
                        ofFilter, met ? "target met" : "target missed");
                summary.add(String.format("| %s (%d) | %s | %.1f %% | %.2f | %s |", person, filtered,
                        queries.subList(0, Math.min(SCRIPTS, queries.size())).stream()
                                .map(q -> q + " " + totals.get(q)).collect(java.util.stream.Collectors.joining(" / ")),
                        100 * spread, ofFilter, met ? "met" : "missed"));
            }
            out.println();
            out.println("| person filter (articles) | Latin / Russian / Ukrainian totals | spread | smallest / filter | target |");
            out.println("| --- | --- | --- | --- | --- |");
            summary.forEach(out::println);
        }
        out.flush();
        return 0;
    }

    /** The filter's articles the query does not find, up to {@link #missed}: what a reader would look at next. */
    private void listMissed(LuceneSearcher searcher, PrintWriter out, String q, String person) throws java.io.IOException {
        int page = 1000;
        java.util.Set<String> found = new java.util.HashSet<>();
        searcher.search(request(q, person).withPaging(SearchRequest.Sort.NEWEST, page, 1, 0)).hits()
                .forEach(h -> found.add(h.id()));
        int listed = 0;
        for (SearchResponse.Hit h : searcher.search(request("", person).withPaging(SearchRequest.Sort.NEWEST, page, 1, 0)).hits()) {
            if (found.contains(h.id())) continue;
            if (listed++ == missed) break;
            out.printf("%-18s %-22s missed %s: %s%n", "", "", h.id(), h.title());
        }
    }

    private static SearchRequest request(String query, String person) {
        SearchRequest r = SearchRequest.of(query).withCollapse(false);
        return person == null ? r : r.withFilter(Schema.PERSONS_DIM, EntityFilter.anyOf(List.of(person)));
    }

    private static long total(LuceneSearcher searcher, SearchRequest request) throws java.io.IOException {
        return searcher.search(request).total();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
