package news.dispatch.search;

import java.time.Duration;

import org.apache.lucene.index.QueryTimeout;

/**
 * The time budget of the request running on the current thread. The searcher's reader asks it (as Lucene's
 * {@link QueryTimeout}, through {@code ExitableDirectoryReader}) while it enumerates terms (wildcard and fuzzy
 * expansion) and reads doc values (facet counts, date sort) and points (date ranges), so an expensive query is
 * stopped where the work happens; the request also checks it between its steps. Threads without a budget (the
 * index refresh) are never stopped.
 */
final class SearchBudget implements QueryTimeout {
    private final long budgetNanos;
    private final ThreadLocal<long[]> deadline = new ThreadLocal<>();

    SearchBudget(Duration budget) {
        this.budgetNanos = Math.max(1, budget.toNanos());
    }

    Duration budget() {
        return Duration.ofNanos(budgetNanos);
    }

    /** Starts the clock for this thread's request; close the scope when the request is done. */
    Scope start() {
        return start(budget());
    }

    /** Starts the clock for this thread's work with another budget than the requests' (a page of an export). */
    Scope start(Duration budget) {
        // [0] the deadline, [1] 1 once the deadline was seen passed (a stopped scorer returns partial results).
        long[] state = {System.nanoTime() + Math.max(1, budget.toNanos()), 0};
        deadline.set(state);
        return new Scope(state);
    }

    @Override
    public boolean shouldExit() {
        long[] state = deadline.get();
        if (state == null) return false;
        if (state[1] == 0 && System.nanoTime() - state[0] > 0) state[1] = 1;
        return state[1] == 1;
    }

    final class Scope implements AutoCloseable {
        private final long[] state;

        private Scope(long[] state) {
            this.state = state;
        }

        /** Throws when the budget ran out, even if Lucene handed back partial results. */
        void check() {
            if (shouldExit()) throw new SearchTimeoutException(budget());
        }

        @Override
        public void close() {
            if (deadline.get() == state) deadline.remove();
        }
    }
}
