package news.dispatch.search;

import java.nio.file.Path;

/** There is no index to search where one was expected. */
public final class IndexMissingException extends java.io.IOException {
    public IndexMissingException(Path indexDir) {
        super("No index at " + indexDir.toAbsolutePath() + ". Build one first: ./dispatch index --corpus DIR --index "
                + indexDir);
    }
}
