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

    ArticleSink(CorpusVisitor visitor, SourceFile file) {
        this.visitor = visitor;
        this.file = file;
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
