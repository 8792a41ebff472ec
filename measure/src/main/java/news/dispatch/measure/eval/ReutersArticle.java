package news.dispatch.measure.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One article of Reuters-21578 SGML (reut2-*.sgm, Latin-1) with its gold {@code <PLACES>} and {@code <PEOPLE>}
 * codes. The text is the title, a blank line, then the dateline and body, as the wire printed them.
 */
public record ReutersArticle(String id, String text, List<String> places, List<String> people) {
    private static final Pattern DOC = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern D = Pattern.compile("<D>(.*?)</D>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d+);");

    /** Every article of the reut2-*.sgm files in {@code dir}, in file order. */
    public static List<ReutersArticle> readAll(Path dir) throws IOException {
        List<ReutersArticle> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList()) {
                all.addAll(parse(Files.readString(f, StandardCharsets.ISO_8859_1)));
            }
        }
        if (all.isEmpty()) throw new IOException(dir + ": no reut2-*.sgm files with <REUTERS> articles");
        return all;
    }

    static List<ReutersArticle> parse(String sgml) {
        List<ReutersArticle> articles = new ArrayList<>();
        Matcher m = DOC.matcher(sgml);
        while (m.find()) {
            Matcher id = NEWID.matcher(m.group(1));
            String body = m.group(2);
            String title = unescape(element(body, "TITLE"));
            String dateline = unescape(element(body, "DATELINE")).strip();
            String text = unescape(element(body, "BODY"));
            String full = title + "\n\n" + (dateline.isEmpty() ? "" : dateline + " ") + text;
            articles.add(new ReutersArticle("reuters-" + (id.find() ? id.group(1) : "?"), full,
                    codes(element(body, "PLACES")), codes(element(body, "PEOPLE"))));
        }
        return articles;
    }

    private static String element(String doc, String name) {
        int open = doc.indexOf("<" + name + ">");
        if (open < 0) return "";
        int close = doc.indexOf("</" + name + ">", open);
        return close < 0 ? "" : doc.substring(open + name.length() + 2, close);
    }

    private static List<String> codes(String list) {
        List<String> codes = new ArrayList<>();
        Matcher m = D.matcher(list);
        while (m.find()) codes.add(m.group(1).strip());
        return codes;
    }

    /** SGML entities: {@code &lt; &gt; &amp;} and numeric ones (control characters such as {@code &#3;} dropped). */
    static String unescape(String s) {
        Matcher m = NUMERIC_ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int c = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Character.isISOControl(c) && c != '\n' ? "" : Matcher.quoteReplacement(Character.toString(c)));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
