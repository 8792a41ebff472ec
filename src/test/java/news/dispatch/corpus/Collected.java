package news.dispatch.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a walk reported, for assertions. */
class Collected implements CorpusVisitor {
    final List<Article> articles = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    Corpus.Stats stats;

    static Collected walk(Path root) throws IOException {
        return walk(root, Corpus.MAX_ARTICLE_BYTES);
    }

    static Collected walk(Path root, long maxArticleBytes) throws IOException {
        Collected c = new Collected();
        c.stats = Corpus.walk(root, c, maxArticleBytes);
        return c;
    }

    /** Writes {@code text} as UTF-8 to {@code dir/name} (creating folders) and walks that one file. */
    static Collected read(Path dir, String name, String text) throws IOException {
        return walk(write(dir, name, text));
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    Article only() {
        if (articles.size() != 1) throw new AssertionError("expected one article, got " + articles + " " + problems);
        return articles.getFirst();
    }

    Problem onlyProblem() {
        if (problems.size() != 1) throw new AssertionError("expected one problem, got " + problems);
        return problems.getFirst();
    }

    List<String> titles() {
        return articles.stream().map(Article::title).toList();
    }

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }
}
