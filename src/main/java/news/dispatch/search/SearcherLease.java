package news.dispatch.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * The index's current reader generation lent to one piece of work and taken back after it, with the query
 * language it is read by; within the request's time budget where the work searches.
 */
final class SearcherLease implements Closeable {
    private final SearcherManager manager;
    private final SearchBudget budget;
    /** Built on another thread while the server starts: the alias tables take a good part of start-up. */
    private final CompletableFuture<QueryLanguage> language;

    SearcherLease(SearcherManager manager, SearchBudget budget, CompletableFuture<QueryLanguage> language) {
        this.manager = manager;
        this.budget = budget;
        this.language = language;
    }

    /** Work done on one searcher. */
    interface Work<T> {
        T run(FacetedSearcher searcher) throws IOException;
    }

    /** Work done on one searcher under the request's time budget. */
    interface BudgetedWork<T> {
        T run(FacetedSearcher searcher, QueryLanguage language, SearchBudget.Scope scope) throws IOException;
    }

    /** Runs {@code work} on the current searcher, with no time budget: reading stored fields or counts kept. */
    <T> T current(Work<T> work) throws IOException {
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            return work.run(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    /**
     * Runs {@code work} on the current searcher within the time budget: a budget used up is a
     * {@link SearchTimeoutException}, a query that expands too far a {@link BadRequestException}.
     */
    <T> T withinBudget(BudgetedWork<T> work) throws IOException {
        QueryLanguage language = language();
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try (SearchBudget.Scope scope = budget.start()) {
            return work.run(searcher, language, scope);
        } catch (ExitableDirectoryReader.ExitingReaderException e) {
            throw new SearchTimeoutException(budget.budget());
        } catch (IndexSearcher.TooManyClauses e) {
            throw LuceneSearcher.tooManyClauses();
        } finally {
            manager.release(searcher);
        }
    }

    SearchBudget budget() {
        return budget;
    }

    /** The query language, waited for if it is still being built. */
    QueryLanguage language() {
        try {
            return language.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The alias tables could not be built: " + e.getCause().getMessage(), e);
        }
    }

    /** The query language as it is being built: a searcher reopened on the same folder shares it. */
    CompletableFuture<QueryLanguage> languageBuilt() {
        return language;
    }

    /** Opens a new reader when the index has a newer commit; cheap when nothing changed. */
    void maybeRefresh() throws IOException {
        manager.maybeRefresh();
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }
}
