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
    /** Persons named in the BSNLP dev stories and English news, with their names in Latin, Russian and Ukrainian/Bulgarian. */
    private static final List<String> DEFAULT_PERSONS = List.of(
            "Vladimir Putin=Putin,Путин,Путін",
            "Angela Merkel=Merkel,Меркель,Меркел",
            "Donald Trump=Trump,Трамп,Тръмп",
            "Theresa May=\"Theresa May\",\"Тереза Мэй\",\"Тереза Мей\"",
            "Boris Johnson=\"Boris Johnson\",\"Борис Джонсон\",\"Борис Джонсън\"");

    @Option(names = "--index", required = true, description = "the index folder") Path index;
    @Option(names = "--person", paramLabel = "NAME=Q1,Q2,...",
            description = "a person filter value and the queries to compare (repeatable; default: Putin, Merkel, Trump,"
                    + " May, Johnson in Latin and Cyrillic)") List<String> persons = DEFAULT_PERSONS;
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
            out.printf("%-16s %-18s %7s %9s %9s  %s%n", "person", "query", "total", "of filter", "/ filter", "alias notes");
            for (String spec : persons) {
                int eq = spec.indexOf('=');
                String person = spec.substring(0, eq);
                List<String> queries = List.of(spec.substring(eq + 1).split(","));
                long filtered = total(searcher, request("", person));
                out.printf("%-16s %-18s %7d%n", person, "person filter", filtered);
                Map<String, Long> totals = new LinkedHashMap<>();
                for (String q : queries) {
                    SearchResponse r = searcher.search(request(q, null));
                    long within = total(searcher, request(q, person));
                    totals.put(q, r.total());
                    List<String> notes = new ArrayList<>();
                    r.aliases().forEach(n -> notes.add(n.term() + " → " + String.join(", ", n.alsoMatches())));
                    out.printf("%-16s %-18s %7d %8.1f%% %8.1f%%  %s%n", "", q, r.total(), percent(within, filtered),
                            percent(r.total(), filtered), String.join("; ", notes));
                }
                long most = totals.values().stream().mapToLong(Long::longValue).max().orElse(0);
                long least = totals.values().stream().mapToLong(Long::longValue).min().orElse(0);
                out.printf("%-16s %-18s spread %.1f%% (largest total over smallest, minus one)%n", "", "",
                        least == 0 ? 100.0 : 100.0 * (most - least) / least);
            }
        }
        out.flush();
        return 0;
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
