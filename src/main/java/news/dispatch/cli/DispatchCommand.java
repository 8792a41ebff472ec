package news.dispatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import news.dispatch.index.IndexFreshness;
import news.dispatch.search.BackendUnavailableException;
import news.dispatch.search.IndexMissingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code dispatch} command line. Without a subcommand it is the main job: index the corpus when the index is
 * missing or older than it, then serve.
 */
@Command(name = "dispatch", mixinStandardHelpOptions = true, version = "Dispatch 0.1",
        description = "Full-text search for geopolitical news. Without a subcommand: index corpus/ if needed, then serve.",
        // The measuring tools live in their own module (measure/), which depends on the product and not the reverse;
        // the launcher runs them (./dispatch bench|eval|load).
        footer = "%nMeasuring tools (module measure/): bench, eval, load (./dispatch bench --help)",
        subcommands = {
                IndexCommand.class,
                SearchCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                WatchCommand.class,
                ExtractCommand.class,
                EntitiesCommand.class,
                SolrCommand.class,
        })
public final class DispatchCommand implements Callable<Integer> {
    // Lucene reports its SIMD set-up through java.util.logging; users need not read it. Held in a field because
    // JUL keeps loggers weakly: a collected logger forgets its level.
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus to index. Default: corpus in the install folder")
    List<Path> corpus = List.of(InstallFolder.resolve("corpus"));

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder. Default: index in the install folder")
    Path index = InstallFolder.resolve("index");

    @Option(names = "--port", description = "Port. Default: 8080") int port = 8080;

    @Option(names = "--host", description = "Address to listen on. Default: 127.0.0.1") String host = "127.0.0.1";

    @Override
    public Integer call() throws Exception {
        if (IndexFreshness.isStale(index, corpus)) {
            int code = IndexCommand.run(corpus, index, false, Runtime.getRuntime().availableProcessors(), System.err);
            if (code == 1) return code;
        } else {
            System.err.println("The index in " + index + " is up to date with " + corpus + ".");
        }
        return ServeCommand.serve(index, InstallFolder.resolve("web"), host, port);
    }

    public static void main(String[] args) {
        run(new CommandLine(new DispatchCommand()), args);
    }

    /**
     * Runs a command line as {@code dispatch} does (errors as one sentence, exit code), then exits unless a server
     * keeps running. Public for the measure module's own main, which runs bench, eval and load the same way.
     */
    public static void run(CommandLine cli, String... args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            // A user sees one sentence, not a stack trace; DISPATCH_DEBUG=1 shows the trace.
            String message = e instanceof IndexMissingException || e instanceof BackendUnavailableException
                    || e instanceof IllegalArgumentException ? e.getMessage() : describe(e);
            commandLine.getErr().println("dispatch: " + message);
            if (System.getenv("DISPATCH_DEBUG") != null) e.printStackTrace(commandLine.getErr());
            return 1;
        });
        int code = cli.execute(args);
        // A server keeps running: its command answers -1.
        if (code >= 0) System.exit(code);
    }

    private static String describe(Exception e) {
        // The indexer's worker threads hand I/O failures over wrapped; the user needs the failure itself.
        if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) return describe(u.getCause());
        // A full disk may surface first as the IndexWriter closing itself (AlreadyClosedException caused by it).
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No space left on device")) {
                return "the disk is full (" + t.getMessage() + "); free some space and run the command again.";
            }
        }
        return switch (e) {
            case org.apache.lucene.store.LockObtainFailedException l ->
                    "another indexer is writing this index right now; wait for it to finish.";
            case org.apache.lucene.index.CorruptIndexException c ->
                    "the index is damaged (" + c.getMessage() + "); rebuild it with: ./dispatch index --rebuild";
            case java.nio.file.AccessDeniedException a -> "permission denied: " + a.getFile();
            case java.nio.file.NoSuchFileException n -> "no such file or folder: " + n.getFile();
            case java.nio.file.FileAlreadyExistsException f -> f.getFile() + " is a file, not a folder.";
            case java.nio.file.FileSystemException f when f.getReason() != null ->
                    f.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + f.getFile();
            default -> e.getClass().getSimpleName() + ": " + e.getMessage();
        };
    }
}
