package news.dispatch.entity;

/**
 * Finds the persons and countries a text mentions. Implementations are thread-safe: the indexer calls one
 * shared instance from several threads.
 */
@FunctionalInterface
public interface EntityExtractor {
    Entities extract(String text);

    /**
     * The entities of a text written in {@code language} (an ISO 639-1 code such as "ru", or null when unknown):
     * an extractor that reads other languages than English chooses its analysis by it. By default, as
     * {@link #extract(String)}.
     */
    default Entities extract(String text, String language) {
        return extract(text);
    }
}
