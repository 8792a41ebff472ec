package news.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import news.dispatch.corpus.Problem;
import news.dispatch.entity.EntityExtractor;
import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.index.IndexSummary;
import news.dispatch.index.Indexer;

/** Real indexes for tests, built by the real indexer with the real entity extractor (loaded once per JVM). */
public final class TestIndexes {
    private static EntityExtractor extractor;

    private TestIndexes() {
    }

    /** The project's default corpus: the two seed articles. */
    public static Path seedCorpus() {
        return Path.of("corpus").toAbsolutePath();
    }

    public static synchronized EntityExtractor extractor() {
        if (extractor == null) extractor = NewsEntityExtractor.load();
        return extractor;
    }

    /** Indexes {@code roots} into {@code indexDir}; fails the test when any input was skipped. */
    public static IndexSummary build(Path indexDir, Path... roots) {
        List<Problem> problems = new ArrayList<>();
        try {
            IndexSummary summary = new Indexer(indexDir, extractor(), problems::add, 2).run(List.of(roots), false);
            if (problems.stream().anyMatch(Problem::skipped)) throw new AssertionError("skipped input: " + problems);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one file into {@code dir} and returns it. */
    public static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
