package news.dispatch.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads every article under a file or folder: {@code .txt}/{@code .md} (optional front matter),
 * {@code .jsonl}/{@code .ndjson}, {@code .json} and {@code .html}/{@code .htm}. Bad input never stops a
 * walk: each bad file, line or field is reported as a {@link Problem} and everything else is read.
 */
public final class Corpus {
    /** An article (a whole file, or one JSON line) larger than this is skipped and reported. */
    public static final long MAX_ARTICLE_BYTES = 50L * 1024 * 1024;

    private final ArticleReaders readers = ArticleReaders.standard();
    private final CorpusVisitor visitor;
    private final Path base;
    private final long maxArticleBytes;
    /** Its corpus folder's name and a slash: fallback ids of different folders differ ("cA/report.txt"). */
    private final String folderName;
    private int filesRead;
    private int filesSkipped;
    private int articles;
    private int articlesSkipped;
    private int warnings;
    /** Carried fields already reported as ignored: each is reported once per walk ({@link ArticleSink#ignoredField}). */
    private final java.util.Set<CarriedFields.Ignored> reportedFields = new java.util.HashSet<>();

    private Corpus(CorpusVisitor visitor, Path base, long maxArticleBytes) {
        this.visitor = visitor;
        this.base = base;
        this.maxArticleBytes = maxArticleBytes;
        this.folderName = base.getFileName() == null ? "" : base.getFileName() + "/";
    }

    /**
     * Counts of one walk.
     *
     * @param filesRead       files whose articles were read (some of their articles or lines may have been skipped)
     * @param filesSkipped    files of which nothing could be read (unsupported, binary, empty, too large…)
     * @param articles        articles passed to {@link CorpusVisitor#article}
     * @param articlesSkipped articles or lines left out of files that were otherwise read
     * @param warnings        problems that did not skip anything (an unparseable date, say)
     */
    public record Stats(int filesRead, int filesSkipped, int articles, int articlesSkipped, int warnings) {
        public Stats(int filesRead, int filesSkipped) {
            this(filesRead, filesSkipped, 0, 0, 0);
        }
    }

    /**
     * Walks {@code root} (a file, or a folder recursively in a stable order) and reports every article
     * and every problem to {@code visitor}, in file order. Only a missing root is an exception; a bad file
     * is a problem. Exceptions thrown by {@code visitor} propagate unchanged and end the walk.
     */
    public static Stats walk(Path root, CorpusVisitor visitor) throws IOException {
        return walk(root, visitor, MAX_ARTICLE_BYTES, false);
    }

    /**
     * {@link #walk(Path, CorpusVisitor)}; with {@code followLinksOut}, symbolic links to files and folders outside
     * the corpus folder are followed too (else they are reported and left out).
     */
    public static Stats walk(Path root, CorpusVisitor visitor, boolean followLinksOut) throws IOException {
        return walk(root, visitor, MAX_ARTICLE_BYTES, followLinksOut);
    }

    /** {@link #walk(Path, CorpusVisitor)} with another size limit for one article. */
    public static Stats walk(Path root, CorpusVisitor visitor, long maxArticleBytes) throws IOException {
        return walk(root, visitor, maxArticleBytes, false);
    }

    private static Stats walk(Path root, CorpusVisitor visitor, long maxArticleBytes, boolean followLinksOut)
            throws IOException {
        if (!Files.exists(root)) throw new NoSuchFileException(root.toString(), null, "no such file or folder");
        Path absolute = root.toAbsolutePath().normalize();
        boolean folder = Files.isDirectory(absolute);
        Corpus corpus = new Corpus(visitor, folder ? absolute : absolute.getParent(), maxArticleBytes);
        try {
            if (folder) new CorpusTree(corpus::readFile, corpus::report, followLinksOut).walk(absolute);
            else corpus.readFile(absolute);
        } catch (ArticleSink.VisitorFailure failure) {
            throw failure.visitorException();
        }
        return new Stats(corpus.filesRead, corpus.filesSkipped, corpus.articles, corpus.articlesSkipped,
                corpus.warnings);
    }

    private void readFile(Path file) {
        SourceFile source = new SourceFile(file,
                folderName + base.relativize(file).toString().replace('\\', '/'), maxArticleBytes);
        var reader = readers.forExtension(source.extension());
        // A link whose target is gone is said first: a linked folder (no extension) that is away is not "unsupported".
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            skipFile(file, 0, "cannot read: broken symbolic link");
        } else if (reader.isEmpty()) {
            skipFile(file, 0, unsupported(source.extension()));
        } else if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            skipFile(file, 0, "cannot read: no such file (removed after the folder was listed)");
        } else if (!Files.isRegularFile(file)) {
            skipFile(file, 0, "cannot read: not a regular file");
        } else {
            read(reader.get(), new ArticleSink(visitor, source, reportedFields));
        }
    }

    private void read(ArticleReader reader, ArticleSink sink) {
        String failure = null;
        int line = 0;
        try {
            reader.read(sink);
        } catch (UnreadableFileException e) {
            failure = e.getMessage();
            line = e.line();
        } catch (IOException e) {
            failure = "cannot read: " + describe(e);
        } catch (ArticleSink.VisitorFailure e) {
            throw e;
        } catch (RuntimeException e) {
            // A reader bug must not cost the user the rest of the corpus; the message says what to report.
            failure = "could not be read (internal error: " + e + ")";
        }
        articles += sink.articles();
        articlesSkipped += sink.skipped();
        warnings += sink.warnings();
        if (failure == null) filesRead++;
        else if (sink.articles() > 0) {
            filesRead++;
            articlesSkipped++;
            ArticleSink.report(visitor, new Problem(sink.file().path(), line, failure + "; the rest of the file is skipped", true));
        } else skipFile(sink.file().path(), line, failure);
    }

    private String unsupported(String extension) {
        return "unsupported file type " + (extension.isEmpty() ? "(no extension)" : "." + extension)
                + "; supported: " + readers.supported();
    }

    private void skipFile(Path file, int line, String reason) {
        filesSkipped++;
        report(new Problem(file, line, reason, true));
    }

    private void report(Problem problem) {
        ArticleSink.report(visitor, problem);
    }

    static String describe(IOException e) {
        return switch (e) {
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException n -> "no such file";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
