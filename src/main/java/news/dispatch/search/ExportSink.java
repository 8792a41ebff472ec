package news.dispatch.search;

import java.io.IOException;

/** Receives the rows of an export one at a time, so an export of any size needs the memory of one page. */
public interface ExportSink {
    /** Called once before the first row with the number of rows that will follow. */
    default void begin(long total) throws IOException {
    }

    void accept(ExportRow row) throws IOException;
}
