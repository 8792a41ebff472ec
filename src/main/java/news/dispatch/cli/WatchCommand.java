package news.dispatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.feed.AddressGuard;
import news.dispatch.feed.FeedList;
import news.dispatch.feed.FeedStateFile;
import news.dispatch.feed.FeedWatcher;
import news.dispatch.feed.FetchedPages;
import news.dispatch.feed.HttpSettings;
import news.dispatch.feed.PageFetcher;
import news.dispatch.index.LiveIndexWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dispatch watch}: keeps the index current with RSS/Atom feeds and folders. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds and folders and index what is new. Runs until stopped, or once with --once "
                + "(exit code 0: all fine; 2: some feed or item had a problem, see the messages).")
public final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--feed", paramLabel = "URL", description = "A feed to follow (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--feeds", paramLabel = "FILE", description = "An OPML file, or a text file of feed addresses.")
    List<Path> feedFiles = new ArrayList<>();

    @Option(names = "--folder", paramLabel = "DIR", description = "A folder whose new and changed files are indexed.")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--every", paramLabel = "DURATION", description = "Time between polls: 10m, 30s, 1h. Default: 10m")
    String every = "10m";

    @Option(names = "--index", paramLabel = "DIR", description = "The index folder. Default: index in the install folder")
    Path index = InstallFolder.resolve("index");

    @Option(names = "--once", description = "Poll every source once, then exit.")
    boolean once;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Per request, body included. Default: 30s")
    String timeout = "30s";

    @Option(names = "--max-feed-size", paramLabel = "MB", description = "Larger feeds are cut off. Default: 10")
    int maxFeedMb = 10;

    @Option(names = "--fetch-pages", description = "Also fetch each new item's linked page and index its article "
            + "text instead of the feed's summary (one request at a time per site, robots.txt obeyed).")
    boolean fetchPages;

    @Option(names = "--page-delay", paramLabel = "DURATION",
            description = "With --fetch-pages: pause between two requests to one site (longer if its robots.txt asks). Default: 2s")
    String pageDelay = "2s";

    @Option(names = "--allow-private-addresses", description = "With --fetch-pages: also fetch links to loopback, "
            + "private, link-local and other addresses inside the network (only for a trusted intranet's feeds; "
            + "refused by default, so a feed cannot make Dispatch read inside your network).")
    boolean allowPrivateAddresses;

    @Option(names = "--max-page-size", paramLabel = "MB", description = "With --fetch-pages: larger pages are not read. Default: 5")
    int maxPageMb = 5;

    // Hidden: tests keep retries quick.
    @Option(names = "--retry-backoff", hidden = true, paramLabel = "DURATION")
    String backoff = "2s";

    @Override
    public Integer call() throws Exception {
        List<URI> sources = sources(spec, feeds, feedFiles, System.err);
        for (Path folder : folders) if (!Files.isDirectory(folder)) throw new NoSuchFileException(folder.toString());
        if (sources.isEmpty() && folders.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "nothing to watch: give --feed, --feeds or --folder");
        }
        HttpSettings http = new HttpSettings(duration(spec, "--timeout", timeout), maxFeedMb * 1024L * 1024L, 5, 2,
                duration(spec, "--retry-backoff", backoff), HttpSettings.USER_AGENT);
        Duration interval = duration(spec, "--every", every);
        PrintStream out = System.err;
        out.println("Loading the entity model…");
        LiveIndexWriter writer = LiveIndexWriter.open(index, NewsEntityExtractor.load());
        FeedWatcher watcher = new FeedWatcher(sources, folders, writer, http, FeedStateFile.besideIndex(index), out);
        if (fetchPages) {
            // No retries for pages: a page that failed is asked again at a later poll, not hammered now.
            HttpSettings page = new HttpSettings(http.timeout(), maxPageMb * 1024L * 1024L, http.maxRedirects(), 0,
                    http.backoff(), HttpSettings.USER_AGENT);
            watcher.readingPages(new PageFetcher(page, duration(spec, "--page-delay", pageDelay),
                            allowPrivateAddresses ? AddressGuard.allowingPrivate() : AddressGuard.refusingPrivate()),
                    FetchedPages.besideIndex(index));
        }
        out.println("Watching " + sources.size() + " feeds and " + folders.size() + " folders into " + index
                + (once ? " (once)" : " every " + every));
        if (once) {
            try (writer; watcher) {
                return watcher.pollOnce() ? 0 : IndexCommand.SKIPPED_SOME;
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (writer; watcher) {
                // Every poll commits before it reports; closing only stops the tasks.
            } catch (IOException e) {
                System.err.println("Closing the index: " + e.getMessage());
            }
            stopped.countDown();
        }));
        watcher.start(interval);
        // This process holds the index: `dispatch entities` saves its rules beside it, and they are applied here.
        EntityRulesApplier.start(writer, out);
        stopped.await();
        return 0;
    }

    /** Every feed address from --feed and --feeds files, without repeats; bad ones are reported and left out. */
    static List<URI> sources(CommandSpec spec, List<String> feeds, List<Path> files, PrintStream out) throws IOException {
        List<URI> sources = new ArrayList<>();
        for (String feed : feeds) {
            URI uri = FeedList.parse(feed);
            if (uri == null) throw new ParameterException(spec.commandLine(), "not an http(s) feed address: " + feed);
            if (!sources.contains(uri)) sources.add(uri);
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString());
            for (URI uri : FeedList.read(file, out::println)) if (!sources.contains(uri)) sources.add(uri);
        }
        return sources;
    }

    /** "10m", "30s", "1h", "500ms", or an ISO-8601 duration. */
    static Duration duration(CommandSpec spec, String option, String text) {
        var m = java.util.regex.Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)").matcher(text.strip());
        try {
            if (m.matches()) {
                double n = Double.parseDouble(m.group(1));
                long ms = (long) (n * switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
                    case "ms" -> 1;
                    case "s" -> 1000;
                    case "m" -> 60_000;
                    default -> 3_600_000;
                });
                if (ms > 0) return Duration.ofMillis(ms);
            } else {
                Duration d = Duration.parse(text.strip());
                if (!d.isNegative() && !d.isZero()) return d;
            }
        } catch (java.time.format.DateTimeParseException ignored) {
            // said below
        }
        throw new ParameterException(spec.commandLine(), option + " takes a duration such as 30s, 10m or 1h, not '"
                + text + "'");
    }
}
