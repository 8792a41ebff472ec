package news.dispatch.corpus;

/**
 * Where a reader sends what it finds in one file. Counts the outcome, and keeps exceptions thrown by the
 * caller's visitor apart from failures to read, so that a failing index is never mistaken for a bad file.
 */
final class ArticleSink {
    /** Wraps an exception thrown by the visitor; {@link Corpus} rethrows its cause unchanged. */
    static final class VisitorFailure extends RuntimeException {
        VisitorFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException visitorException() {
            return (RuntimeException) getCause();
        }
    }

    private final CorpusVisitor visitor;
    private final SourceFile file;
    private int articles;
    private int skipped;
    private int warnings;
    /** The carried fields already reported as ignored in this run (shared by the run's sinks), by name and reason. */
    private final java.util.Set<CarriedFields.Ignored> reportedFields;

    ArticleSink(CorpusVisitor visitor, SourceFile file, java.util.Set<CarriedFields.Ignored> reportedFields) {
        this.visitor = visitor;
        this.file = file;
        this.reportedFields = reportedFields;
    }

    SourceFile file() {
        return file;
    }

    /** Applies the shared rules to {@code raw} and reports the article or its problem. */
    void accept(RawArticle raw) {
        ArticleAssembler.assemble(raw, file, this);
    }

    void article(Article article) {
        articles++;
        try {
            visitor.article(article);
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }

    void problem(int line, String reason, boolean skippedArticle) {
        if (skippedArticle) skipped++;
        else warnings++;
        report(visitor, new Problem(file.path(), line, reason, skippedArticle));
    }

    /**
     * A carried field left out of an article: a warning the first time the run meets that field for that reason, with
     * the place it was first seen; after that, silence (a corpus of 20,000 records with one nested member would
     * otherwise bury every other problem).
     */
    void ignoredField(int line, CarriedFields.Ignored ignored) {
        if (!reportedFields.add(ignored)) return;
        problem(line, "field '" + ignored.field() + "' ignored: " + ignored.reason()
                + " (reported once per run, for the first article carrying it)", false);
    }

    static void report(CorpusVisitor visitor, Problem problem) {
        try {
            visitor.problem(problem);
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }

    int articles() {
        return articles;
    }

    int skipped() {
        return skipped;
    }

    int warnings() {
        return warnings;
    }
}
