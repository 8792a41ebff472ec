package news.dispatch.corpus;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page: metadata from Open Graph and the other common meta tags, text from the
 * {@code <article>} (else {@code <main>}, else {@code <body>}) without navigation, page furniture and
 * scripts; the other {@code <meta name=…>} tags as {@link CarriedFields carried fields}.
 */
final class HtmlArticleReader implements ArticleReader {
    /** Page furniture, never article text. */
    private static final String NOT_TEXT = "nav, header, footer, aside, script, style, noscript, form, template, "
            + "iframe, svg, button";
    /** Where pages put the publication date, most specific first. */
    private static final List<String> DATE_SELECTORS = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
            "meta[name=pubdate]", "meta[property=pubdate]", "meta[name=publish-date]",
            "meta[name=dc.date]", "[itemprop=datePublished]", "time[pubdate][datetime]", "time[datetime]");

    @Override
    public List<String> extensions() {
        return List.of("html", "htm");
    }

    @Override
    public void read(ArticleSink sink) throws IOException, UnreadableFileException {
        String html = TextFiles.read(sink.file());
        if (html.isBlank()) throw new UnreadableFileException("empty file");
        Document page = Jsoup.parse(html);
        String url = first(meta(page, "meta[property=og:url]"), attr(page, "link[rel=canonical]", "href"));
        sink.accept(RawArticle.wholeFile(null, title(page), text(page),
                date(page), meta(page, "meta[property=og:site_name]"), url, attr(page, "html[lang]", "lang"),
                first(meta(page, "meta[name=author]"), meta(page, "meta[property=article:author]")), carried(page)));
    }

    /** The meta names read above (author, dates). */
    private static final java.util.Set<String> READ = java.util.Set.of("author", "date", "pubdate", "publish-date",
            "dc.date", "article:published_time");
    /** Meta tags that speak to browsers, crawlers and share buttons, not of the article: reported, not kept. */
    private static final java.util.regex.Pattern MACHINERY = java.util.regex.Pattern.compile(
            "viewport|robots|googlebot.*|referrer|theme-color|color-scheme|format-detection|generator|"
                    + ".*-verification|msvalidate.*|msapplication-.*|apple-.*|mobile-web-app-capable|twitter:.*|"
                    + "fb:.*|csrf-.*");

    /**
     * Every {@code <meta name=… content=…>} but those read above and page machinery (viewport, robots, share-button
     * cards): {@code keywords}, {@code section}, {@code news_keywords} … as carried fields.
     */
    private static CarriedFields carried(Document page) {
        CarriedFields fields = new CarriedFields();
        for (Element meta : page.select("meta[name][content]")) {
            String name = meta.attr("name").strip().toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty() || READ.contains(name) || meta.attr("content").isBlank()) continue;
            if (MACHINERY.matcher(name).matches()) fields.ignore(name, "page machinery (for browsers, crawlers or "
                    + "share buttons), not a field of the article");
            else fields.add(name, meta.attr("content"));
        }
        return fields;
    }

    /** The article's text: its {@code <article>}, else {@code <main>}, else {@code <body>}, without page furniture. */
    static String text(Document page) {
        return ArticleText.normalize(HtmlText.of(mainText(page)));
    }

    private static String title(Document page) {
        Element h1 = page.selectFirst("h1");
        return first(meta(page, "meta[property=og:title]"), page.title(), h1 == null ? null : h1.text());
    }

    private static String date(Document page) {
        for (String selector : DATE_SELECTORS) {
            Element e = page.selectFirst(selector);
            if (e == null) continue;
            String value = first(e.attr("content"), e.attr("datetime"), e.text());
            if (value != null) return value;
        }
        return null;
    }

    private static Element mainText(Document page) {
        Element main = page.selectFirst("article");
        if (main == null) main = page.selectFirst("main");
        if (main == null) main = page.body();
        Element copy = main.clone();
        copy.select(NOT_TEXT).remove();
        return copy;
    }

    private static String meta(Document page, String selector) {
        return attr(page, selector, "content");
    }

    private static String attr(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null ? null : first(e.attr(attribute));
    }

    private static String first(String... candidates) {
        for (String c : candidates) if (c != null && !c.isBlank()) return c.strip();
        return null;
    }
}
