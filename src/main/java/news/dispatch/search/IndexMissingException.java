package news.dispatch.search;

import java.nio.file.Path;

/** There is no index to search where one was expected. */
public final class IndexMissingException extends java.io.IOException {
    public IndexMissingException(Path indexDir) {
        super("No index at " + indexDir.toAbsolutePath() + ". Build one first: ./dispatch index --corpus DIR --index "
                + indexDir);
    }

    /**
     * What an HTTP client is told: the same fact without the server's folders (where the index lives is the
     * operator's business, and the server's console already names it).
     */
    public String clientMessage() {
        return "No index is being served right now (it is missing or being rebuilt); try again later.";
    }
}
