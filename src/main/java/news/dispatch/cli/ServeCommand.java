package news.dispatch.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.javalin.Javalin;
import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.feed.FeedStateFile;
import news.dispatch.feed.FeedStatus;
import news.dispatch.feed.FeedWatcher;
import news.dispatch.feed.HttpSettings;
import news.dispatch.index.LiveIndexWriter;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.NewsSearcher;
import news.dispatch.solr.SolrSearcher;
import news.dispatch.solr.SolrTarget;
import news.dispatch.search.ServedIndex;
import news.dispatch.web.DispatchServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dispatch serve}: the web page and JSON API over an existing index. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the search page and JSON API.")
public final class ServeCommand implements Callable<Integer> {
    /** How often the server looks for a newer commit of the index. */
    static final Duration REFRESH = Duration.ofSeconds(2);

    @Option(names = "--index", paramLabel = "DIR", description = "The index folder. Default: index in the install folder")
    Path index = InstallFolder.resolve("index");

    @Option(names = "--port", description = "Port. Default: 8080") int port = 8080;

    @Option(names = "--host", description = "Address to listen on. Default: 127.0.0.1 (this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--web", paramLabel = "DIR", description = "The page's files. Default: web in the install folder")
    Path web = InstallFolder.resolve("web");

    @Mixin
    SolrOptions solr = new SolrOptions();

    @Option(names = "--watch", paramLabel = "FILE",
            description = "Also poll the feeds of this OPML or text file (as `dispatch watch --feeds FILE`).")
    Path watch;

    @Option(names = "--every", paramLabel = "DURATION", description = "With --watch: time between polls. Default: 10m")
    String every = "10m";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (solr.given()) {
            if (watch != null) {
                throw new IllegalArgumentException("--watch writes the embedded index; with --solr, index the feeds' "
                        + "articles into the collection with ./dispatch index --solr");
            }
            SolrTarget target = solr.target();
            return serve(SolrSearcher.open(target), "collection " + solr.collection() + " at " + target.zkAddress(), web, host,
                    port, null);
        }
        if (watch == null) return serve(index, web, host, port);
        // The watcher writes the index in this process; the searcher sees each poll's commit on its next refresh.
        var feeds = WatchCommand.sources(spec, List.of(), List.of(watch), System.err);
        var interval = WatchCommand.duration(spec, "--every", every);
        System.err.println("Loading the entity model…");
        var writer = LiveIndexWriter.open(index, NewsEntityExtractor.load());
        var watcher = new FeedWatcher(feeds, List.of(), writer, HttpSettings.defaults(),
                FeedStateFile.besideIndex(index), System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (writer; watcher) {
                // Every poll committed before it reported.
            } catch (IOException e) {
                System.err.println("Closing the index: " + e.getMessage());
            }
        }));
        // An empty index is served as it is (every answer empty): feeds that are down at start-up are polled again on
        // schedule while the server answers, rather than keeping it from starting.
        int code = serve(index, web, host, port, watcher::statuses);
        if (code == -1) {
            watcher.start(Duration.ZERO, interval);
            EntityRulesApplier.start(writer, System.err);
        }
        return code;
    }

    static int serve(Path index, Path web, String host, int port) throws IOException {
        return serve(index, web, host, port, null);
    }

    static int serve(Path index, Path web, String host, int port,
                     Supplier<List<FeedStatus>> feeds) throws IOException {
        // Follows the folder on disk: a deleted or replaced index is noticed at the next refresh (docs/operations.md, Reliability).
        ServedIndex searcher = ServedIndex.open(index, System.err::println);
        // The alias tables are built while Jetty starts; if the gazetteers cannot be read, every search would fail,
        // so the server stops with the reason instead of answering 500s while healthy-looking.
        searcher.ready().whenComplete((ok, failure) -> {
            if (failure == null) return;
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            System.err.println("Dispatch cannot serve: the query aliases could not be built from the gazetteers ("
                    + cause.getMessage() + ").");
            System.exit(1);
        });
        return serve(searcher, index.toString(), web, host, port, feeds);
    }

    /** Serves {@code searcher} until the process ends; {@code what} names it in the start-up line. */
    static int serve(NewsSearcher searcher, String what, Path web, String host, int port,
                     Supplier<List<FeedStatus>> feeds) throws IOException {
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(() -> {
            try {
                searcher.maybeRefresh();
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not reopen the index (still serving the previous state): " + e.getMessage());
            }
        }, REFRESH.toMillis(), REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        Javalin app = DispatchServer.create(searcher, web, feeds);
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            refresher.shutdownNow();
            searcher.close();
            if (hasCause(e, BindException.class)) {
                System.err.println("Port " + port + " on " + host + " is already in use. Stop the other program or "
                        + "choose another port with --port.");
                return 1;
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            refresher.shutdownNow();
            try {
                searcher.close();
            } catch (IOException ignored) {
                // Exiting anyway.
            }
        }));
        System.err.println("Dispatch is serving " + what + " at http://" + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + app.port() + "/");
        return -1;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }
}
