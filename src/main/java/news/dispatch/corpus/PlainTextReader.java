package news.dispatch.corpus;

import java.io.IOException;
import java.util.List;

/**
 * Text and Markdown articles: optional front matter ({@code title}, {@code date}, {@code source},
 * {@code url}, {@code language}, {@code id}; any other key is kept as a {@link CarriedFields carried field}), then the
 * body as written. Without a title the first line of
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
                front.get("source"), front.get("url"), front.get("language"), front.get("author"), carried(front)));
    }

    /** The front matter keys read above; every other one is a carried field. */
    private static final java.util.Set<String> READ = java.util.Set.of("id", "title", "date", "source", "url",
            "language", "author");

    private static CarriedFields carried(FrontMatter front) {
        CarriedFields fields = new CarriedFields();
        front.fields().forEach((key, value) -> {
            if (!READ.contains(key)) fields.add(key, value);
        });
        return fields;
    }
}
