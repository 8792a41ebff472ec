package news.dispatch.index;

import java.util.Locale;

/**
 * What one indexing run did.
 *
 * @param filesRead       files whose articles were read
 * @param filesSkipped    files left out entirely (each reported)
 * @param added           articles new to the index
 * @param updated         articles whose content changed and were rewritten
 * @param unchanged       articles already indexed as they are
 * @param removed         articles whose files are gone
 * @param articlesSkipped articles left out of files that were otherwise read (each reported)
 * @param warnings        problems that did not cost an article (an unparseable date, say)
 * @param textBytes       UTF-8 bytes of title and body analyzed this run
 * @param seconds         wall-clock time of the run
 */
public record IndexSummary(int filesRead, int filesSkipped, int added, int updated, int unchanged, int removed,
                           int articlesSkipped, int warnings, long textBytes, double seconds) {

    /** Counts gathered during a run, set by name: the record has too many numbers to pass by position. */
    public static final class Builder {
        private int filesRead, filesSkipped, added, updated, unchanged, removed, articlesSkipped, warnings;
        private long textBytes;

        public Builder filesRead(int n) {
            this.filesRead = n;
            return this;
        }

        public Builder filesSkipped(int n) {
            this.filesSkipped = n;
            return this;
        }

        public Builder added(int n) {
            this.added = n;
            return this;
        }

        public Builder updated(int n) {
            this.updated = n;
            return this;
        }

        public Builder unchanged(int n) {
            this.unchanged = n;
            return this;
        }

        public Builder removed(int n) {
            this.removed = n;
            return this;
        }

        public Builder articlesSkipped(int n) {
            this.articlesSkipped = n;
            return this;
        }

        public Builder warnings(int n) {
            this.warnings = n;
            return this;
        }

        public Builder textBytes(long bytes) {
            this.textBytes = bytes;
            return this;
        }

        /** The summary of a run that took {@code seconds}. */
        public IndexSummary build(double seconds) {
            return new IndexSummary(filesRead, filesSkipped, added, updated, unchanged, removed, articlesSkipped,
                    warnings, textBytes, seconds);
        }
    }

    /** Files and articles left out; non-zero means the user has something to look at. */
    public int skipped() {
        return filesSkipped + articlesSkipped;
    }

    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : (added + updated) / seconds;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "%,d files read; articles: %,d added, %,d updated, %,d unchanged, %,d removed, %,d skipped"
                        + " (%,d files skipped entirely), %,d warnings; %.1f s, %s articles/s, %.2f MB/s",
                filesRead, added, updated, unchanged, removed, articlesSkipped + filesSkipped, filesSkipped, warnings,
                seconds, rate(articlesPerSecond()), seconds <= 0 ? 0 : textBytes / 1e6 / seconds);
    }

    /** A rate as a reader takes it: whole numbers, but a slow run of a few articles is not "0 articles/s". */
    public static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond < 10 && perSecond > 0 ? "%.1f" : "%,.0f", perSecond);
    }
}
