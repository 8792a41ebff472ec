package news.dispatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jsoup.Jsoup;

import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;
import news.dispatch.search.SearchResponse.FacetValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dispatch search}: the engine from the command line, hits and facet counts as text. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index and print hits and facets.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words, \"phrases\", -exclude, OR, field:value …")
    List<String> words = new ArrayList<>();

    @Option(names = "--person", description = "Only articles naming this person (repeatable, OR'ed).")
    List<String> persons = new ArrayList<>();

    @Option(names = "--country", description = "Only articles naming this country (repeatable, OR'ed).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day included.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day included.")
    LocalDate to;

    @Option(names = "--size", description = "Hits to print. Default: 10") int size = 10;

    @Option(names = "--index", paramLabel = "DIR", description = "The index folder. Default: index in the install folder")
    Path index = InstallFolder.resolve("index");

    @Override
    public Integer call() throws Exception {
        try (LuceneSearcher searcher = LuceneSearcher.open(index)) {
            SearchRequest request = new SearchRequest(String.join(" ", words), persons, countries, from, to, null,
                    Math.min(Math.max(size, 1), SearchRequest.MAX_SIZE), 1, null, 10);
            print(searcher.search(request), System.out);
            return 0;
        }
    }

    static void print(SearchResponse r, PrintStream out) {
        r.warnings().forEach(w -> out.println("note: " + w));
        r.aliases().forEach(a -> out.println("note: " + a.term() + " also matches " + String.join(", ", a.alsoMatches())));
        out.printf("%s%d hits (%d ms)%n%n", r.totalIsLowerBound() ? "at least " : "", r.total(), r.tookMs());
        for (SearchResponse.Hit hit : r.hits()) {
            out.printf("%s  %s%n", hit.date() == null ? "(no date) " : hit.date(), text(hit.title()));
            out.printf("            id: %s%n", hit.id());
            if (!hit.persons().isEmpty()) out.printf("            persons: %s%n", String.join(", ", hit.persons()));
            if (!hit.countries().isEmpty()) out.printf("            countries: %s%n", String.join(", ", hit.countries()));
            out.println();
        }
        facet(out, "persons", r.facets().persons());
        facet(out, "countries", r.facets().countries());
        facet(out, "years", r.facets().dates().year());
    }

    private static void facet(PrintStream out, String name, List<FacetValue> values) {
        if (values.isEmpty()) return;
        out.println(name + ":");
        for (FacetValue v : values) {
            out.printf("  %5d  %s%s%n", v.count(), v.value(), Boolean.TRUE.equals(v.selected()) ? "  (selected)" : "");
        }
    }

    /** The highlighted HTML of a hit as plain text. */
    private static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
