package news.dispatch.measure.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.javalin.Javalin;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.web.DispatchServer;
import news.dispatch.measure.QueryMix;

/**
 * The six paths of the search bench, in its tables' order: plain Lucene's two baselines, and Dispatch in-process and
 * over HTTP, each as asked and with stories collapsed (the API's default). {@link #open} opens one path alone, as a
 * JVM of its own needs it ({@link LaneWorker}).
 */
enum SearchPath {
    ONE_FACET(PlainLuceneSearcher.Baseline.ONE_FACET.label + " (baseline)"),
    SAME_FACETS(PlainLuceneSearcher.Baseline.SAME_FACETS.label + " (baseline)"),
    IN_PROCESS("Dispatch in-process"),
    HTTP("Dispatch over HTTP"),
    COLLAPSED("Dispatch in-process, stories collapsed"),
    COLLAPSED_HTTP("Dispatch over HTTP, stories collapsed");

    final String label;

    SearchPath(String label) {
        this.label = label;
    }

    /** The requests this path asks: the mix, or the mix with one hit per story. */
    List<SearchRequest> requests(QueryMix mix) {
        boolean collapse = this == COLLAPSED || this == COLLAPSED_HTTP;
        return collapse ? mix.requests().stream().map(r -> r.withCollapse(true)).toList() : mix.requests();
    }

    /** An open path: asks the request at a position of its mix; closing it closes what it opened. */
    record Opened(LoadRunner.Call<Integer> call, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            resources.close();
        }
    }

    /** Opens this path alone over {@code index}: a searcher, or the server in this JVM and a client to it. */
    Opened open(Path index, QueryMix mix) throws Exception {
        List<SearchRequest> requests = requests(mix);
        switch (this) {
            case ONE_FACET, SAME_FACETS -> {
                PlainLuceneSearcher plain = new PlainLuceneSearcher(index, this == ONE_FACET
                        ? PlainLuceneSearcher.Baseline.ONE_FACET : PlainLuceneSearcher.Baseline.SAME_FACETS);
                return new Opened(i -> plain.search(requests.get(i)), plain);
            }
            case IN_PROCESS, COLLAPSED -> {
                LuceneSearcher searcher = LuceneSearcher.open(index);
                return new Opened(i -> searcher.search(requests.get(i)), searcher);
            }
            default -> {
                List<AutoCloseable> opened = new ArrayList<>();
                LuceneSearcher searcher = LuceneSearcher.open(index);
                opened.add(searcher);
                Javalin app = DispatchServer.create(searcher, Path.of("web")).start("127.0.0.1", 0);
                opened.add(app::stop);
                HttpSearchClient http = new HttpSearchClient(app.port());
                opened.add(http);
                return new Opened(i -> http.search(requests.get(i)), () -> {
                    for (AutoCloseable c : opened.reversed()) c.close();
                });
            }
        }
    }
}
