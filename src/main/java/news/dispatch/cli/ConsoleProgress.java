package news.dispatch.cli;

import java.io.PrintStream;

import news.dispatch.corpus.Problem;
import news.dispatch.index.IndexSummary;
import news.dispatch.index.Indexer;

/**
 * Shows an indexing run: every problem on its own line, and progress as a line rewritten in place on a terminal,
 * or a line every few seconds in a log.
 */
final class ConsoleProgress implements Indexer.Listener {
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private long lastShown = System.nanoTime();
    private boolean lineOpen;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void problem(Problem problem) {
        endLine();
        out.println(problem);
    }

    @Override
    public synchronized void progress(int seen, int indexed) {
        long now = System.nanoTime();
        if (now - lastShown < (terminal ? 200_000_000L : EVERY_NANOS)) return;
        lastShown = now;
        double seconds = (now - started) / 1e9;
        String line = "%,d articles read, %,d analyzed and written (%s/s)".formatted(seen, indexed,
                IndexSummary.rate(indexed / seconds));
        if (terminal) {
            out.print("\r" + line);
            lineOpen = true;
        } else {
            out.println(line);
        }
    }

    synchronized void done() {
        endLine();
    }

    private void endLine() {
        if (lineOpen) out.println();
        lineOpen = false;
    }
}
