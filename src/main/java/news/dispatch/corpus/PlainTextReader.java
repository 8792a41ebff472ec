package news.dispatch.corpus;

import java.io.IOException;
import java.util.List;

/**
 * Text and Markdown articles: optional front matter ({@code title}, {@code date}, {@code source},
 * {@code url}, {@code language}, {@code id}), then the body as written. Without a title the first line of
 * text becomes one.
 */
final class PlainTextReader implements ArticleReader {
    @Override
    public List<String> extensions() {
        return List.of("txt", "md");
    }

    @Override
    public void read(ArticleSink sink) throws IOException, UnreadableFileException {
        String text = TextFiles.read(sink.file());
        if (text.isBlank()) throw new UnreadableFileException("empty file");
        FrontMatter front = FrontMatter.parse(text);
        for (FrontMatter.Warning w : front.warnings()) sink.problem(w.line(), w.reason(), false);
        sink.accept(RawArticle.wholeFile(front.get("id"), front.get("title"), front.body(), front.get("date"),
                front.get("source"), front.get("url"), front.get("language"), front.get("author")));
    }
}
