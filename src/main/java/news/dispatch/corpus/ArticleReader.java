package news.dispatch.corpus;

import java.io.IOException;
import java.util.List;

/** Reads the articles of one file format. */
interface ArticleReader {
    /** Lower-case file extensions this reader handles, without the dot. */
    List<String> extensions();

    /**
     * Sends every article of {@code sink.file()} to {@code sink}, and a problem for each one it cannot
     * read while going on with the rest.
     *
     * @throws UnreadableFileException when nothing of the file can be read (its message is the reason)
     */
    void read(ArticleSink sink) throws IOException, UnreadableFileException;
}
