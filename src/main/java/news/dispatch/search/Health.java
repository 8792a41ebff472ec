package news.dispatch.search;

/**
 * Whether the backend answers searches. {@code starting} until the searcher and its alias tables are ready (a
 * search meanwhile waits for them); then {@code ready}.
 *
 * @param articles articles served (0 while starting, when not yet known)
 */
public record Health(String status, int articles) {
    public static final String STARTING = "starting";
    public static final String READY = "ready";
}
