package news.dispatch.corpus;

import java.time.Instant;

/** The rules every format shares for turning what a reader found into an {@link Article}. */
final class ArticleAssembler {
    private ArticleAssembler() {
    }

    /**
     * Reports to {@code sink} the article {@code raw} describes, or a problem when it has neither title
     * nor body; an unparseable date is a warning and the article is kept without a date.
     */
    static void assemble(RawArticle raw, SourceFile file, ArticleSink sink) {
        String title = repaired(ArticleText.title(raw.title()), "title", raw, sink);
        String body = repaired(ArticleText.body(raw.body()), "body", raw, sink);
        if (title.isEmpty() && body.isEmpty()) {
            sink.problem(raw.problemLine(), "no title and no body", true);
            return;
        }
        if (title.isEmpty()) title = ArticleText.titleFromBody(body);
        String url = blankToNull(raw.url());
        Instant date = date(raw, sink);
        CarriedFields carried = raw.fields() == null ? CarriedFields.none() : raw.fields();
        for (CarriedFields.Ignored ignored : carried.ignored()) sink.ignoredField(raw.problemLine(), ignored);
        sink.article(new Article(id(raw, url, file, sink), title, body, date, blankToNull(raw.source()), url,
                language(raw, title, body, sink), file.path(), raw.line(), ArticleText.author(raw.author()),
                carried.kept()));
    }

    /** The language the input gives (normalised), else the one detected from the text ({@link ArticleLanguage}). */
    private static String language(RawArticle raw, String title, String body, ArticleSink sink) {
        String given = ArticleKeys.boundedLanguage(blankToNull(raw.language()),
                reason -> sink.problem(raw.problemLine(), reason + "; its language is detected from its text", false));
        return ArticleLanguage.of(given, title, body);
    }

    /** The text with doubly-encoded UTF-8 repaired ({@link Mojibake}); a repair is reported as a warning. */
    private static String repaired(String text, String field, RawArticle raw, ArticleSink sink) {
        String fixed = Mojibake.repair(text);
        if (fixed != text) {
            sink.problem(raw.problemLine(), "repaired doubly-encoded UTF-8 in the " + field + ": " + excerpt(text)
                    + " → " + excerpt(fixed), false);
        }
        return fixed;
    }

    private static String excerpt(String text) {
        return "\"" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "\"";
    }

    private static Instant date(RawArticle raw, ArticleSink sink) {
        String text = blankToNull(raw.date());
        if (text == null) return null;
        var date = PublicationDates.parse(text);
        String shown = "\"" + (text.length() > 100 ? text.substring(0, 100) + "…" : text) + "\"";
        if (date.isEmpty()) {
            sink.problem(raw.problemLine(), "unparseable date " + shown + "; article read without a date", false);
            return null;
        }
        // A placeholder (0001-01-01) or "never" (9999-12-31) would be taken for a real date by every date filter and
        // would stretch every timeline over millennia.
        if (!PublicationDates.isPlausible(date.get(), Instant.now())) {
            sink.problem(raw.problemLine(), "implausible date " + shown + " (a placeholder, before "
                    + PublicationDates.EARLIEST_PLAUSIBLE + " or more than " + PublicationDates.FUTURE_SLACK.toDays()
                    + " days ahead); article read without a date", false);
            return null;
        }
        return date.get();
    }

    /**
     * The given id, else the url, else the file's name (its corpus folder's name and its path inside it) with the line
     * or array index. An id too long to be an index term is shortened, with a warning.
     */
    private static String id(RawArticle raw, String url, SourceFile file, ArticleSink sink) {
        String id = blankToNull(raw.id());
        String from = "id";
        if (id == null && url != null) {
            id = url;
            from = "url (used as the id)";
        }
        if (id == null) {
            if (raw.line() > 0) return file.relativeName() + ":" + raw.line();
            if (raw.index() >= 0) return file.relativeName() + "#" + raw.index();
            return file.relativeName();
        }
        return ArticleKeys.boundedId(id, from, reason -> sink.problem(raw.problemLine(), reason, false));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
