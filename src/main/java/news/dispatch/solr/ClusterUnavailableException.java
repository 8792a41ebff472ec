package news.dispatch.solr;

import news.dispatch.search.BackendUnavailableException;

/** The cluster (ZooKeeper or every replica of a shard) cannot answer now; the message says so in one sentence. */
public final class ClusterUnavailableException extends BackendUnavailableException {
    public ClusterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The innermost message, which names what failed (connection refused, timeout…). */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + firstLine(m));
    }

    private static String firstLine(String m) {
        int cut = m.indexOf('\n');
        String s = cut > 0 ? m.substring(0, cut) : m;
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
