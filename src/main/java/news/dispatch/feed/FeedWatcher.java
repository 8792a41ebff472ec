package news.dispatch.feed;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.CorpusVisitor;
import news.dispatch.corpus.Problem;
import news.dispatch.index.LiveIndexWriter;

/**
 * Keeps an index current with feeds and folders: each source is polled by its own task, so a slow or dead feed
 * holds up nobody else (its task waits out its own timeout and retries), and a source still busy from the last
 * round is not started twice. Everything a poll found is committed to the index before its state is saved.
 */
public final class FeedWatcher implements Closeable {
    private static final int FOLDER_BATCH = 200;
    /** The status of a source polled with some items (articles) skipped: "ok" is never said over a failure. */
    static final String PARTIAL = "items skipped";

    private final List<URI> feeds;
    private final List<Path> folders;
    private final LiveIndexWriter index;
    private final FeedHttp http;
    private final FeedStateFile stateFile;
    private final PrintStream out;
    private final Map<String, FeedStatus> statuses = new ConcurrentHashMap<>();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "feed-clock");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean problems = new AtomicBoolean();
    /** With {@link #readingPages}: items' linked pages read for their article text, and which were read. */
    private volatile PageFetcher pages;
    private volatile FetchedPages fetchedPages;
    /** The heap the feeds being fetched and parsed at once may hold together. */
    private volatile MemoryBudget memory = MemoryBudget.quarterOfHeap();
    private final long maxFeedBytes;

    public FeedWatcher(List<URI> feeds, List<Path> folders, LiveIndexWriter index, HttpSettings http,
                       FeedStateFile stateFile, PrintStream out) throws IOException {
        this.feeds = List.copyOf(feeds);
        this.folders = folders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.index = index;
        this.http = new FeedHttp(http);
        this.maxFeedBytes = http.maxBytes();
        this.stateFile = stateFile;
        this.out = out;
        Map<String, FeedStatus> saved = stateFile.read();
        for (URI feed : feeds) statuses.put(feed.toString(), saved.getOrDefault(feed.toString(), FeedStatus.never(feed.toString())));
        for (Path folder : this.folders) {
            String key = folderKey(folder);
            statuses.put(key, saved.getOrDefault(key, FeedStatus.never(key)));
        }
    }

    /**
     * From now on, each new or edited feed item's linked page is fetched and its article text indexed in place of
     * the feed's summary when it is longer ({@code watch --fetch-pages}).
     */
    public FeedWatcher readingPages(PageFetcher fetcher, FetchedPages record) {
        this.pages = fetcher;
        this.fetchedPages = record;
        return this;
    }

    /** Bounds the memory of the feeds fetched and parsed at once by {@code budget} (default: a quarter of the heap). */
    public FeedWatcher withMemoryBudget(MemoryBudget budget) {
        this.memory = budget;
        return this;
    }

    /** Polls every source now and waits for all of them. True when no source failed and no item was skipped. */
    public boolean pollOnce() throws InterruptedException {
        problems.set(false);
        List<Future<?>> running = new ArrayList<>();
        for (URI feed : feeds) running.add(tasks.submit(() -> pollFeed(feed)));
        for (Path folder : folders) running.add(tasks.submit(() -> pollFolder(folder)));
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                problems.set(true);
                report("poll failed: " + e.getCause());
            }
        }
        return !problems.get();
    }

    /** Polls every source now and then every {@code every}, each on its own task, until closed. */
    public void start(Duration every) {
        start(Duration.ZERO, every);
    }

    /** Polls every source after {@code first}, then every {@code every}, each on its own task, until closed. */
    public void start(Duration first, Duration every) {
        clock.scheduleWithFixedDelay(() -> {
            for (URI feed : feeds) submit(feed.toString(), () -> pollFeed(feed));
            for (Path folder : folders) submit(folderKey(folder), () -> pollFolder(folder));
        }, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void submit(String key, Runnable poll) {
        if (!busy.add(key)) return; // still polling since the last round: a slow feed is not piled up
        tasks.execute(() -> {
            try {
                poll.run();
            } catch (RuntimeException e) {
                report(key + ": poll failed: " + e);
            } finally {
                busy.remove(key);
            }
        });
    }

    /** Every source's status, feeds first, in the order given. */
    public List<FeedStatus> statuses() {
        List<FeedStatus> list = new ArrayList<>();
        for (URI feed : feeds) list.add(statuses.get(feed.toString()));
        for (Path folder : folders) list.add(statuses.get(folderKey(folder)));
        return list;
    }

    private void pollFeed(URI feed) {
        String key = feed.toString();
        FeedStatus before = statuses.get(key);
        String now = Instant.now().toString();
        MemoryBudget budget = memory;
        MemoryBudget.Reservation held = budget.open();
        try {
            Fetch fetch = http.fetch(feed, before.validators(), held);
            if (fetch.status() == Fetch.OVER_MEMORY_BUDGET) {
                // Other feeds hold the budget: give back what this one took, wait for room for its whole cap (so
                // no poll waits while holding part of it), and fetch again.
                held.close();
                held = budget.openWaiting(maxFeedBytes * MemoryBudget.COST_PER_BYTE);
                fetch = http.fetch(feed, before.validators(), held);
            }
            FeedStatus after = switch (fetch.outcome()) {
                case NOT_MODIFIED -> new FeedStatus(key, now, "not modified", null, before.validators(), before.items(),
                        before.itemProblems(), before.added(), before.updated(), before.polls() + 1, before.failures());
                case FAILED -> failed(before, now, fetch.problem() + (fetch.attempts() > 1
                        ? " (" + fetch.attempts() + " attempts)" : ""));
                case FETCHED -> indexed(before, now, fetch);
            };
            save(after);
            if (fetch.outcome() != Fetch.Outcome.FETCHED || "failed".equals(after.status())) {
                report(key + ": " + (after.status().equals("failed") ? "failed: " + after.message()
                        : "not modified (HTTP 304)"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The index could not be written: the feed's validators are not advanced, so the next poll fetches the
            // items again and retries them (the writer is reopened then); the status says so meanwhile.
            writeFailed(before, e);
        } catch (OutOfMemoryError e) {
            // What this poll held is unreachable now: the process (a server among others) goes on, the feed is
            // reported failed and tried again at the next poll.
            try {
                save(failed(before, now, "ran out of memory while reading it; tried again at the next poll"));
            } catch (IOException | OutOfMemoryError ignored) {
                problems.set(true);
            }
            report(key + ": failed: ran out of memory while reading it");
        } finally {
            held.close();
        }
    }

    /** A poll whose write failed: reported, counted as a failure in the status file, and retried at the next poll. */
    private void writeFailed(FeedStatus before, Exception e) {
        String message = "could not write the index: " + e.getMessage();
        report(before.url() + ": " + message);
        try {
            save(failed(before, Instant.now().toString(), message));
        } catch (IOException saving) {
            report(before.url() + ": could not save the feed status: " + saving.getMessage());
        }
    }

    private FeedStatus indexed(FeedStatus before, String now, Fetch fetch) throws IOException, InterruptedException {
        ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(fetch.body(), fetch.contentType(), fetch.finalUri());
        } catch (FeedParser.NotAFeed e) {
            return failed(before, now, e.getMessage());
        }
        int[] itemProblems = {0};
        List<String> skips = new ArrayList<>();
        List<Article> articles = FeedArticles.of(parsed, fetch.finalUri(), Instant.now(), p -> {
            itemProblems[0]++;
            problems.set(true);
            if (p.contains(": skipped: ")) skips.add(p);
            report(before.url() + ": " + p);
        });
        int skipped = parsed.items().size() - articles.size();
        FetchedPages.Batch batch = null;
        if (pages != null) {
            // Page problems are reported but are not item failures: the item is indexed with the feed's text.
            batch = fetchedPages.withPages(before.url(), articles, pages, index::holds, p -> report(before.url() + ": " + p));
            articles = batch.articles();
        }
        // Whatever the index refused or warned about is an item problem too: it is in the status and the exit code.
        int[] refused = {0};
        LiveIndexWriter.Written w = index.poll(FeedArticles.origin(fetch.finalUri())).write(articles, p -> {
            itemProblems[0]++;
            problems.set(true);
            if (p.skipped()) {
                refused[0]++;
                skips.add(p.reason());
            }
            report(before.url() + ": " + p.reason());
        });
        skipped += refused[0];
        if (batch != null) {
            fetchedPages.remember(before.url(), batch);
            w = w.plus(new LiveIndexWriter.Written(0, 0, batch.alreadyRead()));
        }
        String message = parsed.items().isEmpty() ? "the feed has no items"
                : skipped > 0 ? skippedMessage(skipped, parsed.items().size(), skips) : null;
        report(before.url() + ": " + parsed.items().size() + " items: " + w.added() + " new, " + w.updated()
                + " updated, " + w.unchanged() + " unchanged" + (message == null ? "" : " (" + message + ")"));
        return new FeedStatus(before.url(), now, skipped > 0 ? PARTIAL : "ok", message, fetch.validators(),
                parsed.items().size(),
                itemProblems[0], before.added() + w.added(), before.updated() + w.updated(), before.polls() + 1,
                before.failures());
    }

    /**
     * "2 of 10 items skipped (first: …)", or without the total ({@code items} &lt; 0: a folder's files and articles):
     * the status file says which problem to look for in the log.
     */
    private static String skippedMessage(int skipped, int items, List<String> reasons) {
        String first = reasons.isEmpty() ? "" : reasons.getFirst();
        if (first.length() > 300) first = first.substring(0, 300) + "…";
        return skipped + (items < 0 ? "" : " of " + items + " items") + " skipped"
                + (first.isEmpty() ? "" : " (first: " + first + ")");
    }

    private FeedStatus failed(FeedStatus before, String now, String problem) {
        problems.set(true);
        return new FeedStatus(before.url(), now, "failed", problem, before.validators(), before.items(),
                before.itemProblems(), before.added(), before.updated(), before.polls() + 1, before.failures() + 1);
    }

    private void pollFolder(Path folder) {
        String key = folderKey(folder);
        FeedStatus before = statuses.get(key);
        List<Article> batch = new ArrayList<>();
        LiveIndexWriter.Written[] total = {new LiveIndexWriter.Written(0, 0, 0)};
        int[] skipped = {0};
        List<String> skips = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        Set<Path> unreadable = new java.util.HashSet<>();
        LiveIndexWriter.Poll poll = index.poll(folder);
        Consumer<Problem> problem = p -> {
            if (p.skipped()) {
                skipped[0]++;
                skips.add(p.toString());
            }
            // A file that could not be read keeps its articles; one left out on purpose does not.
            if (p.skipped() && !p.excluded()) unreadable.add(p.file());
            report(p.toString());
        };
        try {
            Corpus.Stats stats = Corpus.walk(folder, new CorpusVisitor() {
                @Override
                public void article(Article article) {
                    seen.add(article.id());
                    batch.add(article);
                    if (batch.size() >= FOLDER_BATCH) flush(poll, batch, total, problem);
                }

                @Override
                public void problem(Problem p) {
                    problem.accept(p);
                }
            });
            flush(poll, batch, total, problem);
            // Files deleted from the folder take their articles out of the index, as `dispatch index` does.
            int removed = index.removeVanished(folder, seen, unreadable);
            if (skipped[0] > 0) problems.set(true);
            FeedStatus after = new FeedStatus(key, Instant.now().toString(), skipped[0] > 0 ? PARTIAL : "ok",
                    skipped[0] > 0 ? skippedMessage(skipped[0], -1, skips) : null,
                    Validators.NONE,
                    stats.articles(), skipped[0], before.added() + total[0].added(),
                    before.updated() + total[0].updated(), before.polls() + 1, before.failures());
            save(after);
            if (total[0].added() + total[0].updated() + removed > 0 || before.polls() == 0 || skipped[0] > 0) {
                report(key + ": " + total[0].added() + " new, " + total[0].updated() + " updated, "
                        + total[0].unchanged() + " unchanged, " + removed + " removed");
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.set(true);
            // Nothing is removed and the files are read again at the next poll: what failed is retried then.
            writeFailed(before, e instanceof java.io.UncheckedIOException u ? u.getCause() : e);
        }
    }

    private void flush(LiveIndexWriter.Poll poll, List<Article> batch, LiveIndexWriter.Written[] total,
                       Consumer<Problem> problem) {
        if (batch.isEmpty()) return;
        try {
            total[0] = total[0].plus(poll.write(batch, problem));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        batch.clear();
    }

    private void save(FeedStatus status) throws IOException {
        statuses.put(status.url(), status);
        stateFile.write(statuses());
    }

    private static String folderKey(Path folder) {
        return "folder:" + folder;
    }

    private void report(String line) {
        synchronized (out) {
            out.println(line);
        }
    }

    /** Stops polling; a poll in progress is interrupted (what it committed stays, the rest is fetched next time). */
    @Override
    public void close() throws IOException {
        clock.shutdownNow();
        tasks.shutdownNow();
        try {
            tasks.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
