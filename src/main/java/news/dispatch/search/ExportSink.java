package news.dispatch.search;

import java.io.IOException;

/** Receives the rows of an export one at a time, so an export of any size needs the memory of one page. */
public interface ExportSink {
    /** Called once before the first row with the number of rows that will follow. */
    default void begin(long total) throws IOException {
    }

    void accept(ExportRow row) throws IOException;

    /**
     * Called after each page of rows. A sink writing to a client sends them here, so a client that went away fails
     * the write and stops the export within a page, not after the buffers of a whole network path filled.
     */
    default void pageDone() throws IOException {
    }

    /**
     * Whether each page of the export is held to a time budget ({@link QueryLimits#EXPORT_PAGE_BUDGET_FACTOR}): for
     * a client of a server, yes; for the command line, whose user watches it, no.
     */
    default boolean timeBound() {
        return false;
    }
}
