package news.dispatch.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jsoup.Jsoup;

import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;
import news.dispatch.search.SearchResponse.FacetValue;
import news.dispatch.search.UnmatchedFilterValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dispatch search}: the engine from the command line, hits and facet counts as text. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index and print hits and facets.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words, \"phrases\", -exclude, OR, field:value …")
    List<String> words = new ArrayList<>();

    @Mixin
    FilterOptions filters;

    @Option(names = "--size", description = "Hits to print. Default: 10") int size = 10;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = filters.request(String.join(" ", words), null,
                Math.min(Math.max(size, 1), SearchRequest.MAX_SIZE));
        try (LuceneSearcher searcher = LuceneSearcher.open(filters.index)) {
            print(UnmatchedFilterValues.warned(searcher, request, searcher.search(request)), System.out);
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
        r.facets().entities().forEach((dim, values) -> facet(out, dim, values));
        facet(out, "years", r.facets().dates().year());
    }

    private static void facet(PrintStream out, String name, List<FacetValue> values) {
        if (values.isEmpty()) return;
        out.println(name + ":");
        for (FacetValue v : values) {
            out.printf("  %5d  %s%s%n", v.count(), v.value(), Boolean.TRUE.equals(v.selected()) ? "  (selected)"
                    : Boolean.TRUE.equals(v.excluded()) ? "  (excluded)" : "");
        }
    }

    /** The highlighted HTML of a hit as plain text. */
    private static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
