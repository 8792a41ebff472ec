package news.dispatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.corpus.Article;

/**
 * Feeds carrying a document type declaration are read, never refused, and nothing a DTD could do happens: no DTD or
 * external entity is loaded from a file or over the network, and no entity is expanded.
 */
class DoctypeFeedsTest {
    static final URI FEED = URI.create("https://old.example/rss.xml");

    @TempDir
    Path dir;

    static final String CHANNEL = """
            <rss version="0.91"><channel><title>Old Outlet</title><link>https://old.example/</link>
            <description>d</description><language>fr</language>
            <item><title>TITLE</title><link>https://old.example/1</link><description>BODY</description></item>
            </channel></rss>""";

    static String feed(String doctype, String title, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n"
                + CHANNEL.replace("TITLE", title).replace("BODY", body);
    }

    static List<Article> read(String xml) throws Exception {
        ParsedFeed parsed = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml", FEED);
        List<String> problems = new ArrayList<>();
        return FeedArticles.of(parsed, FEED, Instant.now(), problems::add);
    }

    @Test
    void theNetscapeDeclarationOfRss091IsReadWithItsLatinEntities() throws Exception {
        List<Article> a = read(feed("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
                + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">",
                "Le pr&eacute;sident &agrave; Gen&egrave;ve", "Accord sign&eacute; &amp; ratifi&eacute;."));
        assertEquals(1, a.size());
        assertEquals("Le président à Genève", a.get(0).title());
        assertEquals("Accord signé & ratifié.", a.get(0).body());
        assertEquals("Old Outlet", a.get(0).source());
    }

    @Test
    void aDtdOnThisMachineIsNeverReadAndItsEntitiesStayText() throws Exception {
        Path dtd = Files.writeString(dir.resolve("local.dtd"), "<!ENTITY secret \"TOP-SECRET-CONTENT\">");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        for (String doctype : List.of(
                "<!DOCTYPE rss SYSTEM \"" + dtd.toUri() + "\">",
                "<!DOCTYPE rss SYSTEM '" + dtd.toUri() + "'>",
                "<!DOCTYPE rss [ <!ENTITY secret SYSTEM \"" + secret.toUri() + "\"> ]>",
                "<!DOCTYPE rss [ <!ENTITY % p SYSTEM \"" + dtd.toUri() + "\"> %p; ]>")) {
            List<Article> a = read(feed(doctype, "Leak &secret; here", "&secret;"));
            assertEquals(1, a.size(), doctype);
            assertEquals("Leak &secret; here", a.get(0).title(), doctype);
            assertFalse(a.get(0).body().contains("TOP-SECRET"), doctype);
        }
    }

    @Test
    void noDtdOrEntityIsEverRequested() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer()) {
            server.serve("/dtd", "application/xml-dtd", "<!ENTITY remote \"LEAKED-BY-REQUEST\">");
            server.serve("/text", "text/plain", "LEAKED-BY-REQUEST");
            String dtd = server.uri("/dtd").toString();
            for (String doctype : List.of(
                    "<!DOCTYPE rss PUBLIC \"-//Evil//DTD//EN\" \"" + dtd + "\">",
                    "<!DOCTYPE rss [ <!ENTITY remote SYSTEM \"" + server.uri("/text") + "\"> ]>",
                    "<!DOCTYPE rss [ <!ENTITY % remote SYSTEM \"" + dtd + "\"> %remote; ]>",
                    "<!DOCTYPE rss SYSTEM \"" + dtd + "\" [ <!ENTITY local \"x\"> ]>")) {
                List<Article> a = read(feed(doctype, "Item &remote;", "Text."));
                assertEquals("Item &remote;", a.get(0).title(), doctype);
            }
            assertEquals(0, server.hits("/dtd") + server.hits("/text"), "the parser made a request");
        }
    }

    @Test
    void aBillionLaughsIsReadWithNothingExpanded() throws Exception {
        String xml = Fixtures.text("billion-laughs.xml").replace("</channel>",
                "<item><title>&lol9; &lol;</title><link>https://x.example/1</link><description>d</description></item></channel>");
        ParsedFeed parsed = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "text/xml", FEED);
        assertEquals("&lol9;", parsed.title());
        assertEquals("&lol9; &lol;", parsed.items().get(0).title());
    }

    @Test
    void anInternalSubsetWithCommentsQuotesAndBracketsEndsWhereXmlSaysItEnds() throws Exception {
        String doctype = "<!DOCTYPE rss [\n <!-- a comment with ]> inside -->\n <!ENTITY a \"quoted ]> too\">\n"
                + " <!ENTITY b 'single ] quoted'>\n <?pi ]> ?>\n]>";
        List<Article> a = read(feed(doctype, "Summit &a;", "<![CDATA[Written as &b; in CDATA]]>"));
        assertEquals("Summit &a;", a.get(0).title());
        assertEquals("Written as &b; in CDATA", a.get(0).body(), "CDATA is text as written, not escaped twice");
    }

    @Test
    void aLowerCaseOrCommentedDeclarationIsReadToo() throws Exception {
        for (String doctype : List.of("<!doctype rss>", "<!-- old feed -->\n<!DOCTYPE rss>\n<!-- more -->")) {
            assertEquals("Talks", read(feed(doctype, "Talks", "Text.")).get(0).title(), doctype);
        }
    }
}
