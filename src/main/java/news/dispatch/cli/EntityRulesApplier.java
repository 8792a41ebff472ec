package news.dispatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import news.dispatch.index.LiveIndexWriter;

/**
 * A process that holds the index's write lock ({@code serve --watch}, {@code watch}) is the only one that can apply
 * entity rules, so {@code dispatch entities} only saves them beside the index while it runs: this checks the rules
 * file every few seconds and applies a changed one through the same writer as the feeds' and folders' articles.
 */
final class EntityRulesApplier {
    /** How often the rules file is looked at (cheap: its bytes are compared with the last applied). */
    static final Duration EVERY = Duration.ofSeconds(2);

    private EntityRulesApplier() {
    }

    /** Starts checking in the background (a daemon thread: it never keeps the process alive). */
    static ScheduledExecutorService start(LiveIndexWriter writer, PrintStream out) {
        ScheduledExecutorService rules = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "entity-rules");
            t.setDaemon(true);
            return t;
        });
        rules.scheduleWithFixedDelay(() -> applyIfChanged(writer, out), EVERY.toMillis(), EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        return rules;
    }

    /** Applies the rules file when it changed since the last time; a failure is told and leaves the index as it was. */
    static void applyIfChanged(LiveIndexWriter writer, PrintStream out) {
        try {
            var applied = writer.applyEntityRulesIfChanged();
            if (applied != null) out.println("Entity rules applied: " + applied.rewritten().size() + " articles rewritten.");
        } catch (IOException | RuntimeException e) {
            out.println("Could not apply the entity rules (the index is unchanged): " + e.getMessage());
        }
    }
}
