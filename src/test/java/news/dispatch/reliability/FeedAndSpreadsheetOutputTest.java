package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

import news.dispatch.TestIndexes;
import news.dispatch.web.TestServer;

/**
 * Titles and queries that XML and spreadsheets take for something else: control characters and "]]>" in an Atom
 * feed (a valid feed that keeps the whole title), and formulas in a timeline CSV's header (its series labels are the
 * user's queries).
 */
class FeedAndSpreadsheetOutputTest {
    @TempDir static Path dir;
    static final Map<String, String> TITLES = Map.of(
            "bell", "Quillbrook \u0007alarm\u0001 rings",
            "vtab", "Quillbrook\u000B\u000C talks \u001F end",
            "cdata", "Quillbrook says ]]> is not the end",
            "cdata2", "Quillbrook <![CDATA[ inner ]]> ]]&gt; text",
            "nonchar", "Quillbrook \uFFFE\uFFFF odd",
            "del", "Quillbrook \u007F\u0085 deleted",
            "nul", "Quillbrook\u0000 null",
            "lone", "Quillbrook \uD800 lone \uDC00 halves");
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(corpus());
    }

    /** The hostile titles in a fresh folder (the cluster twin indexes the same one). */
    static Path corpus() throws Exception {
        Path corpus = dir;
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (var e : TITLES.entrySet()) {
            lines.append(json.writeValueAsString(Map.of("id", e.getKey(), "title", e.getValue(), "date", "2022-03-01",
                    "source", "Wire\u0002 Agency", "body", "The quillbrook \u0003trade grew ]]> again."))).append('\n');
        }
        // A lone surrogate cannot be written as UTF-8: it reaches the reader as a JSON escape, as it would in a file.
        StringBuilder escaped = new StringBuilder();
        lines.chars().forEach(c -> escaped.append(Character.isSurrogate((char) c) ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        Files.writeString(corpus.resolve("a.jsonl"), escaped);
        return corpus;
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Feed atom(String query) throws Exception {
        HttpResponse<String> r = server.get("/api/search.atom?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return (Feed) new WireFeedInput().build(new StringReader(r.body()));
    }

    /** What a reader sees: the text without controls, noncharacters and half surrogate pairs (none is drawn). */
    static String visible(String s) {
        return s.codePoints().map(c -> Character.getType(c) == Character.CONTROL || c == 0xFFFE || c == 0xFFFF
                        || Character.getType(c) == Character.SURROGATE ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void everyTitleComesThroughTheAtomFeedWholeAndTheFeedIsValidXml() throws Exception {
        Feed feed = atom("quillbrook");
        List<Entry> entries = feed.getEntries();
        assertEquals(TITLES.size(), entries.size());
        Map<String, String> byId = entries.stream().collect(Collectors.toMap(
                e -> e.getId().substring(e.getId().lastIndexOf(':') + 1), e -> e.getTitleEx().getValue()));
        for (var e : TITLES.entrySet()) {
            String expected = visible(e.getValue()).replaceAll("\\s+", " ").strip();
            assertEquals(expected, byId.get(e.getKey()).replaceAll("\\s+", " ").strip(), e.getKey());
        }
        for (Entry e : entries) assertFalse(e.getAuthors().isEmpty());
        // The JSON API shows the same whole titles (Lucene's highlighter once cut a title at U+0000).
        var hits = TestServer.parse(server.get("/api/search?q=quillbrook").body()).path("hits");
        for (var hit : hits) {
            String plain = org.jsoup.Jsoup.parse(hit.path("title").asText()).text();
            assertEquals(visible(TITLES.get(hit.path("id").asText())).replaceAll("\\s+", " ").strip(),
                    plain.replaceAll("\\s+", " ").strip(), hit.path("id").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"quillbrook \u0001", "\u0008quillbrook", "quillbrook ]]>", "quillbrook \uFFFF",
            "quillbrook \u001B[31m", "<![CDATA[quillbrook]]>"})
    void aQueryWithCharactersXmlCannotCarryStillGivesAValidFeed(String query) throws Exception {
        Feed feed = atom(query);
        assertTrue(feed.getTitleEx().getValue().startsWith("Dispatch: "), feed.getTitleEx().getValue());
        assertFalse(feed.getTitleEx().getValue().chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n'));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(1+1)*cmd|' /C calc'!A0", "+quillbrook",
            "-quillbrook", "\tquillbrook", "\rquillbrook", " =1+1", "\n=1+1", "\uFF1D1+1"})
    void aSeriesLabelStartingAFormulaIsTextInTheTimelineCsvHeader(String label) throws Exception {
        String series = "q=quillbrook&label=" + URLEncoder.encode(label, StandardCharsets.UTF_8);
        for (String target : List.of(
                "/api/timeline?format=csv&series=" + URLEncoder.encode(series, StandardCharsets.UTF_8),
                "/api/timeline?format=csv&q=" + URLEncoder.encode(label, StandardCharsets.UTF_8))) {
            HttpResponse<String> r = server.get(target);
            assertEquals(200, r.statusCode(), r.body());
            String header = r.body().lines().findFirst().orElseThrow();
            for (String cell : cells(header)) {
                String first = cell.stripLeading();
                assertFalse(!first.isEmpty() && "=+-@\uFF1D".indexOf(first.charAt(0)) >= 0, target + ": " + header);
                assertFalse(cell.startsWith("\t") || cell.startsWith("\r"), target + ": " + header);
            }
        }
    }

    /** The cells of one CSV line (quoted cells may hold commas and doubled quotes). */
    static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
