package news.dispatch.measure.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.CorpusVisitor;
import news.dispatch.corpus.Problem;
import news.dispatch.index.StoredEntities;

/**
 * The articles a benchmark runs on, read once through the real corpus reader, and the scaled copies of them that
 * the growth series indexes: copy k has new ids and dates shifted by k years, so ids stay unique and the date
 * facet grows with the corpus.
 */
final class BenchCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration YEAR = Duration.ofDays(365);

    private final Path source;
    private final List<Article> articles;
    private final long textBytes;

    private BenchCorpus(Path source, List<Article> articles) {
        this.source = source;
        this.articles = List.copyOf(articles);
        this.textBytes = articles.stream().mapToLong(BenchCorpus::textBytes).sum();
    }

    /** The first {@code limit} articles of a corpus file or folder. */
    static BenchCorpus read(Path corpus, int limit) throws IOException {
        List<Article> articles = new ArrayList<>();
        Corpus.walk(corpus, new CorpusVisitor() {
            @Override
            public void article(Article article) {
                if (articles.size() < limit) articles.add(article);
            }

            @Override
            public void problem(Problem problem) {
                // The real indexer reports these; a benchmark measures what could be read.
            }
        });
        if (articles.isEmpty()) throw new IllegalArgumentException("no articles could be read from " + corpus);
        return new BenchCorpus(corpus, articles);
    }

    Path source() {
        return source;
    }

    List<Article> articles() {
        return articles;
    }

    int size() {
        return articles.size();
    }

    /** UTF-8 bytes of title and body, as the indexer counts them. */
    long textBytes() {
        return textBytes;
    }

    /** What the indexer hands the entity extractor for each article: its text and its language. */
    List<EntityCache.Input> extractorInputs() {
        return articles.stream()
                .map(a -> new EntityCache.Input(StoredEntities.extractorText(a.title(), a.body()), a.language()))
                .toList();
    }

    /**
     * The articles of each language, the most articles first ("unknown" for those without one): each language's
     * path through the extractor costs differently, and a mixed corpus's total hides which one is dear.
     */
    Map<String, BenchCorpus> byLanguage() {
        Map<String, List<Article>> byLanguage = new LinkedHashMap<>();
        for (Article a : articles) {
            byLanguage.computeIfAbsent(a.language() == null ? "unknown" : a.language(), k -> new ArrayList<>()).add(a);
        }
        Map<String, BenchCorpus> corpora = new LinkedHashMap<>();
        byLanguage.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
                .forEach(e -> corpora.put(e.getKey(), new BenchCorpus(source, e.getValue())));
        return corpora;
    }

    /** Writes {@code scale} copies of the articles as one JSON Lines file, the input of both indexers. */
    Path writeScaled(Path dir, int scale) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("corpus-x" + scale + ".jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < scale; copy++) {
                for (Article a : articles) {
                    out.write(JSON.writeValueAsString(copyOf(a, copy)));
                    out.write('\n');
                }
            }
        }
        return file;
    }

    private static Map<String, String> copyOf(Article a, int copy) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("id", copy == 0 ? a.id() : a.id() + "-copy" + copy);
        json.put("title", a.title());
        json.put("body", a.body());
        if (a.date() != null) json.put("date", a.date().plus(YEAR.multipliedBy(copy)).toString());
        if (a.source() != null) json.put("source", a.source());
        if (a.url() != null) json.put("url", copy == 0 ? a.url() : a.url() + "#copy" + copy);
        if (a.language() != null) json.put("language", a.language());
        return json;
    }

    private static long textBytes(Article a) {
        return a.title().getBytes(StandardCharsets.UTF_8).length + a.body().getBytes(StandardCharsets.UTF_8).length;
    }
}
