package news.dispatch.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import news.dispatch.export.ArticleExport;
import news.dispatch.export.ExportField;
import news.dispatch.export.ExportFormat;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.UnmatchedFilterValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dispatch export}: every match of a search as CSV or NDJSON, with a progress bar on a terminal. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every article a search matches as CSV or NDJSON (no cap; constant memory).")
public final class ExportCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words, \"phrases\", -exclude, OR, field:value … (none: every article)")
    List<String> words = new ArrayList<>();

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", description = "csv or ndjson. Default: csv") String format = "csv";

    @Option(names = "--fields", paramLabel = "LIST",
            description = "Comma-separated columns, e.g. id,date,title,persons,snippet. Default: every field but snippet.")
    String fields;

    @Option(names = "--bom", description = "Start a CSV with a UTF-8 byte order mark (for spreadsheet programs).")
    boolean bom;

    @Option(names = "--sort", description = "relevance, newest or oldest. Default: relevance with a query, else newest.")
    String sort;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write. Default: standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        ExportFormat chosen;
        List<ExportField> columns;
        try {
            chosen = ExportFormat.parse(format);
            columns = ExportField.parse(fields);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        SearchRequest request = filters.request(String.join(" ", words), sort(sort), SearchRequest.DEFAULT_SIZE);
        Progress progress = new Progress(System.err, System.console() != null && output != null);
        try (LuceneSearcher searcher = LuceneSearcher.open(filters.index);
             OutputStream out = output == null ? new NonClosing(System.out)
                     : new BufferedOutputStream(Files.newOutputStream(output))) {
            long rows = ArticleExport.write(searcher, request, columns, chosen, bom, out, progress::total,
                    progress::at);
            progress.done(rows, output);
            // After the rows, on standard error: the file (or the pipe) stays data only.
            if (rows == 0) UnmatchedFilterValues.warnings(searcher, request).forEach(w -> System.err.println("note: " + w));
        }
        return 0;
    }

    private static SearchRequest.Sort sort(String name) {
        if (name == null) return null;
        return switch (name) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "newest", "-date" -> SearchRequest.Sort.NEWEST;
            case "oldest", "date" -> SearchRequest.Sort.OLDEST;
            default -> throw new IllegalArgumentException("--sort must be relevance, newest or oldest, not '" + name + "'.");
        };
    }

    /** A bar on a terminal ("[#####     ] 51,000 of 100,000"), redrawn in place; a plain last line otherwise. */
    static final class Progress {
        private final PrintStream err;
        private final boolean bar;
        private long total;

        Progress(PrintStream err, boolean bar) {
            this.err = err;
            this.bar = bar;
        }

        void total(long n) {
            total = n;
        }

        void at(long rows) {
            if (!bar || total == 0) return;
            int filled = (int) (30 * rows / total);
            err.printf("\r[%s%s] %,d of %,d", "#".repeat(filled), " ".repeat(30 - filled), rows, total);
            err.flush();
        }

        void done(long rows, Path output) {
            if (bar) err.println();
            err.printf("%,d articles exported%s.%n", rows, output == null ? "" : " to " + output);
        }
    }

    /** Standard output stays open for whatever runs after the export. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
