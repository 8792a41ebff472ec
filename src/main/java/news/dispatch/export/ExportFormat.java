package news.dispatch.export;

import java.util.Locale;

/** The formats an export is written in. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    NDJSON("application/x-ndjson; charset=utf-8", "ndjson");

    public final String contentType;
    public final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** "csv" or "ndjson" (also "jsonl"); anything else is an {@link IllegalArgumentException}. */
    public static ExportFormat parse(String name) {
        if (name == null || name.isBlank()) return CSV;
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "ndjson", "jsonl" -> NDJSON;
            default -> throw new IllegalArgumentException("'format' must be csv or ndjson, not '" + name + "'.");
        };
    }
}
