package news.dispatch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import news.dispatch.corpus.Article;
import news.dispatch.entity.Entities;

/**
 * Where {@link IndexingPipeline} puts articles: the embedded index or a SolrCloud collection. A sink only stores,
 * deletes, commits and says what it holds; every decision (duplicate ids, who owns an id, unchanged hashes,
 * extraction failures, what a refused document costs, the counters and the messages) is the pipeline's, so a policy
 * changes in one place for both backends.
 */
public interface IndexSink {
    /** What the sink holds under an id now: the content hash, and the article's origin (its file or feed address). */
    record Held(String hash, Path origin) {
    }

    /** An article ready to store: its entities (none when extraction failed) and content hash. */
    record Ready(Article article, Entities entities, String hash) {
    }

    /** Hears what storing a document cost. Called from the thread that stores. */
    interface Outcome {
        /** Something was left out of the document, which is stored without it. */
        void warning(Article article, String reason);

        /** The store refused the document ({@code reason} as its own words say it): the article is not stored. */
        void refused(Article article, String reason);

        /**
         * For a sink that re-reads, under its own lock, what it holds under the article's id ({@code now}, null: nothing)
         * just before storing it, as the live writer does (another source's poll may have taken the id since the batch
         * was checked): whether the article may still be written. False: it is left out, counted and reported by the
         * same rule as before the batch.
         */
        boolean mayWrite(Article article, Held now) throws IOException;
    }

    /** What the sink holds now under the articles' ids; an id it does not hold is absent from the answer. */
    Map<String, Held> held(List<Article> articles) throws IOException;

    /**
     * Whether what the sink holds under the article's id ({@code held}, from another source) is this very item: another
     * feed of the same outlet carrying it is no rival, and nothing is written. Only the live writer's feeds have copies.
     */
    default boolean holdsCopy(Article article, Held held) throws IOException {
        return false;
    }

    /** Stores the documents (replacing those of their ids); each one refused or trimmed is told to {@code outcome}. */
    void store(List<Ready> documents, Outcome outcome) throws IOException;

    /** The ids the sink holds from files under {@code roots}, with their files: what a walk of them may find gone. */
    Map<String, Path> heldUnder(List<Path> roots) throws IOException;

    void delete(Collection<String> ids) throws IOException;

    /** Makes what was stored and deleted so far durable (a killed run then keeps it). */
    void commit() throws IOException;
}
