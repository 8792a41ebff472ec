package news.dispatch.corpus;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The reader of each supported file extension. */
final class ArticleReaders {
    private final Map<String, ArticleReader> byExtension = new TreeMap<>();

    ArticleReaders(List<ArticleReader> readers) {
        for (ArticleReader reader : readers) {
            for (String ext : reader.extensions()) byExtension.put(ext, reader);
        }
    }

    static ArticleReaders standard() {
        return new ArticleReaders(List.of(new PlainTextReader(), new JsonLinesReader(), new JsonArticleReader(),
                new HtmlArticleReader()));
    }

    Optional<ArticleReader> forExtension(String extension) {
        return Optional.ofNullable(byExtension.get(extension));
    }

    /** ".htm, .html, .json, …" for messages. */
    String supported() {
        return byExtension.keySet().stream().map(e -> "." + e).collect(Collectors.joining(", "));
    }
}
