package news.dispatch.entity;

/**
 * Finds the persons and countries a text mentions. Implementations are thread-safe: the indexer calls one
 * shared instance from several threads.
 */
@FunctionalInterface
public interface EntityExtractor {
    Entities extract(String text);
}
