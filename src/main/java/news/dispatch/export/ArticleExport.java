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
     */
    public static long write(NewsSearcher searcher, SearchRequest request, List<ExportField> fields, ExportFormat format,
                             boolean byteOrderMark, OutputStream out, LongConsumer total, LongConsumer progress)
            throws IOException {
        RowWriter writer = new RowWriter(out, format, fields.stream().map(ExportField::name).toList(), byteOrderMark);
        long written = searcher.export(request, ExportField.wantsSnippets(fields), new ExportSink() {
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
                if (++rows % PROGRESS_EVERY == 0) progress.accept(rows);
            }
        });
        writer.flush();
        progress.accept(written);
        return written;
    }

    /** "dispatch-putin-kyiv-2026-11-30.csv": what the search was, and when, in a name any file system takes. */
    public static String fileName(SearchRequest request, String extension, LocalDate today) {
        String folded = Normalizer.normalize(request.query(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (folded.length() > 40) folded = folded.substring(0, 40).replaceAll("-+$", "");
        return "dispatch-" + (folded.isEmpty() ? "export" : folded) + "-" + today + "." + extension;
    }
}
