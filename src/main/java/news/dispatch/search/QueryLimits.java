package news.dispatch.search;

import java.time.Duration;

/**
 * Every bound on what one request may cost, in one place (docs/operations.md, "Limits", lists them). Each is met with
 * a 400 or 503 that names it, never with a slow or failed server.
 */
public final class QueryLimits {
    /** Characters of the query text. */
    public static final int MAX_QUERY_LENGTH = 1000;
    /** Wildcard, prefix, fuzzy and regular-expression terms in one query: each costs an automaton to build. */
    public static final int MAX_MULTI_TERMS = 20;
    /** Index words all of a query's wildcard, prefix, fuzzy and regex terms may expand to together. */
    public static final int MAX_TOTAL_EXPANSIONS = 5_000;
    /** Words one fuzzy term is scored with (the closest ones); Lucene's default of 50 overflows the clause limit. */
    public static final int FUZZY_EXPANSIONS = 20;
    /** Leading characters a fuzzy term must share with a match: enumerating from the first letter costs far less. */
    public static final int FUZZY_PREFIX = 1;
    /** Wall-clock time one search or entity lookup may take before it is stopped and answered with a 503. */
    public static final Duration TIME_BUDGET = Duration.ofSeconds(2);
    /**
     * Wall-clock time one page of an export served over HTTP ({@code /api/export}: its search, stored fields and
     * snippets for {@code Exporter.PAGE} rows) may take, as a multiple of {@link #TIME_BUDGET}: a large export runs
     * as long as its client reads, an expensive one (twenty fuzzy terms over a large index) is stopped. The command
     * line's {@code dispatch export} has no budget: its user sees it run and can stop it.
     */
    public static final int EXPORT_PAGE_BUDGET_FACTOR = 10;
    /** Characters of one snippet: text without sentence ends would otherwise come back whole. */
    public static final int MAX_SNIPPET_LENGTH = 400;
    /** Characters of article text highlighted per hit when the query has wildcard or fuzzy terms (re-analysed). */
    public static final int MAX_MULTI_TERM_HIGHLIGHT_LENGTH = 100_000;
    /** Warnings listed in one answer; the rest are counted in a last one. */
    public static final int MAX_WARNINGS = 10;

    private QueryLimits() {
    }
}
