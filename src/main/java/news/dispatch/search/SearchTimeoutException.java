package news.dispatch.search;

import java.time.Duration;

/** A request used up its time budget and was stopped; the message is for the user. */
public final class SearchTimeoutException extends RuntimeException {
    public SearchTimeoutException(Duration budget) {
        this("The search took longer than its " + budget.toMillis() + " ms budget and was stopped.");
    }

    private SearchTimeoutException(String what) {
        super(what + " Make it narrower: fewer wildcard (*), fuzzy (~) or regular-expression terms, or more words.");
    }

    /** An export stopped because one page of its rows took longer than {@code pageBudget}. */
    public static SearchTimeoutException export(Duration pageBudget, int pageRows) {
        return new SearchTimeoutException("The export took longer than " + pageBudget.toSeconds() + " s for "
                + pageRows + " rows and was stopped.");
    }
}
