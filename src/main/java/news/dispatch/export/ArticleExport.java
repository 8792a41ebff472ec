package news.dispatch.export;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import news.dispatch.search.ExportRow;
import news.dispatch.search.ExportSink;
import news.dispatch.search.SearchTimeoutException;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.SearchRequest;

/** Every match of a search written as CSV or NDJSON with the chosen fields, row by row, for the API and the CLI. */
public final class ArticleExport {
    /** How often progress is reported, in rows. */
    private static final int PROGRESS_EVERY = 1000;

    private ArticleExport() {
    }

    /**
     * Streams the export into {@code out} (not closed). {@code total} hears the number of rows before the first;
     * {@code progress} the number written so far, every thousand rows and at the end. Returns the rows written.
     * Never cut short: the command line's user sees it run.
     */
    public static long write(NewsSearcher searcher, SearchRequest request, List<ExportField> fields, ExportFormat format,
                             boolean byteOrderMark, OutputStream out, LongConsumer total, LongConsumer progress)
            throws IOException {
        RowWriter writer = new RowWriter(out, format, fields.stream().map(ExportField::name).toList(), byteOrderMark);
        long written = searcher.export(request, ExportField.wantsSnippets(fields), sink(writer, fields, total, progress,
                null));
        writer.flush();
        progress.accept(written);
        return written;
    }

    /**
     * Streams the export to an HTTP client: each page sent as it is done (a client gone fails the write and stops
     * the search loop at once), and each page held to a time budget. A budget used up before the first row is the
     * caller's to answer (an error status); after it, the file ends with a line saying it stopped
     * ({@link RowWriter#stopped}) and the exception is rethrown, so the response is cut off rather than ended as if
     * complete.
     */
    public static long serve(NewsSearcher searcher, SearchRequest request, List<ExportField> fields, ExportFormat format,
                             boolean byteOrderMark, OutputStream out) throws IOException {
        HeldUntilFirstPage held = new HeldUntilFirstPage(out);
        RowWriter writer = new RowWriter(held, format, fields.stream().map(ExportField::name).toList(), byteOrderMark);
        long[] sent = {0};
        try {
            long written = searcher.export(request, ExportField.wantsSnippets(fields), sink(writer, fields, n -> { },
                    n -> sent[0] = n, held));
            held.release();
            writer.flush();
            return written;
        } catch (SearchTimeoutException e) {
            if (sent[0] == 0) throw e;
            writer.stopped("time_budget_exceeded", "after " + sent[0] + " rows: " + e.getMessage());
            throw e;
        }
    }

    /**
     * Holds what is written (the CSV header) until the first page of rows is ready, so that a budget used up before
     * it is still an error status: a response begun cannot change its status.
     */
    private static final class HeldUntilFirstPage extends java.io.FilterOutputStream {
        private java.io.ByteArrayOutputStream held = new java.io.ByteArrayOutputStream();

        HeldUntilFirstPage(OutputStream out) {
            super(out);
        }

        void release() throws IOException {
            if (held == null) return;
            held.writeTo(out);
            held = null;
        }

        @Override
        public void write(int b) throws IOException {
            if (held != null) held.write(b);
            else out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (held != null) held.write(b, off, len);
            else out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (held == null) out.flush();
        }
    }

    /** @param held what a served export holds until its first page; null for the command line's */
    private static ExportSink sink(RowWriter writer, List<ExportField> fields, LongConsumer total,
                                   LongConsumer progress, HeldUntilFirstPage held) {
        boolean served = held != null;
        return new ExportSink() {
            long rows;

            @Override
            public void begin(long count) {
                total.accept(count);
            }

            @Override
            public void accept(ExportRow row) throws IOException {
                List<Object> values = new ArrayList<>(fields.size());
                for (ExportField f : fields) values.add(f.of(row));
                writer.write(values);
                if (++rows % PROGRESS_EVERY == 0 && !served) progress.accept(rows);
            }

            @Override
            public void pageDone() throws IOException {
                if (!served) return;
                writer.flush();
                held.release();
                held.flush();
                progress.accept(rows);
            }

            @Override
            public boolean timeBound() {
                return served;
            }
        };
    }

    /** "dispatch-putin-kyiv-2026-11-30.csv": what the search was, and when, in a name any file system takes. */
    public static String fileName(SearchRequest request, String extension, LocalDate today) {
        String folded = Normalizer.normalize(request.query(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (folded.length() > 40) folded = folded.substring(0, 40).replaceAll("-+$", "");
        return "dispatch-" + (folded.isEmpty() ? "export" : folded) + "-" + today + "." + extension;
    }
}
