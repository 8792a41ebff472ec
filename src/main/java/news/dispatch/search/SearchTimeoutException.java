package news.dispatch.search;

import java.time.Duration;

/** A request used up its time budget and was stopped; the message is for the user. */
public final class SearchTimeoutException extends RuntimeException {
    public SearchTimeoutException(Duration budget) {
        super("The search took longer than its " + budget.toMillis() + " ms budget and was stopped. Make it narrower: "
                + "fewer wildcard (*), fuzzy (~) or regular-expression terms, or more words.");
    }
}
