package news.dispatch.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes rows of named values as CSV (RFC 4180: comma, double quotes, CRLF, a header row; cells guarded against
 * formulas; an optional UTF-8 byte order mark so spreadsheet programs read the text as UTF-8) or as NDJSON (one
 * JSON object per line, values as they are). Rows go out as they come: nothing is held but a buffer.
 */
public final class RowWriter implements Closeable {
    private static final CsvMapper CSV = new CsvMapper();
    // No flush per row: rows collect in the buffer and go out when the caller flushes (a served export, once a page).
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);

    private final ExportFormat format;
    private final List<String> columns;
    private final Writer out;
    private final SequenceWriter csv;

    public RowWriter(OutputStream stream, ExportFormat format, List<String> columns, boolean byteOrderMark)
            throws IOException {
        this.format = format;
        this.columns = List.copyOf(columns);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        if (format == ExportFormat.CSV) {
            if (byteOrderMark) out.write('\uFEFF');
            CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
            this.csv = CSV.writerFor(String[].class).with(schema)
                    .without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE).writeValues(out);
            // A header is a cell too: a timeline's series labels are the user's queries ("=HYPERLINK(…)").
            csv.write(this.columns.stream().map(SpreadsheetCell::guard).toArray(String[]::new));
        } else {
            this.csv = null;
        }
    }

    /** One row: values in the order of the columns; a list is one cell of names joined by "; " in CSV. */
    public void write(List<?> values) throws IOException {
        if (format == ExportFormat.CSV) {
            String[] cells = new String[values.size()];
            for (int i = 0; i < cells.length; i++) cells[i] = SpreadsheetCell.guard(cell(values.get(i)));
            csv.write(cells);
        } else {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) object.put(columns.get(i), values.get(i));
            JSON.writeValue(out, object);
            out.write('\n');
        }
    }

    private static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>(list.size());
            list.forEach(v -> parts.add(String.valueOf(v)));
            return String.join(ExportField.MULTI_SEPARATOR, parts);
        }
        return String.valueOf(value);
    }

    /**
     * A last line saying the export stopped before its end, which a reader of the file sees: in CSV a line of its
     * own starting with "#" (no spreadsheet runs it), in NDJSON an object with "error" and "message".
     */
    public void stopped(String error, String message) throws IOException {
        if (format == ExportFormat.CSV) {
            csv.flush();
            out.write("# export stopped (" + error + "): " + message.replaceAll("[\\r\\n]+", " ") + "\r\n");
        } else {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("error", error);
            object.put("message", message);
            JSON.writeValue(out, object);
            out.write('\n');
        }
        flush();
    }

    public void flush() throws IOException {
        if (csv != null) csv.flush();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (csv != null) csv.close();
        out.close();
    }
}
