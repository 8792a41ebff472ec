package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;

/** /api/timeline: several searches per period, their shares of all articles, and sums that agree with the facets. */
class TimelineApiTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(corpus());
    }

    /** The timeline corpus in a fresh folder (the cluster twin indexes the same one). */
    static Path corpus() throws IOException {
        List<String> lines = new ArrayList<>();
        String[][] articles = {
            {"t1", "2021-03-02", "Vladimir Putin spoke in Moscow, Russia."},
            {"t2", "2021-03-20", "Xi Jinping spoke in Beijing, China."},
            {"t3", "2021-11-05", "Vladimir Putin and Xi Jinping met in Beijing, China."},
            {"t4", "2022-02-24", "Vladimir Putin addressed Russia."},
            {"t5", "2022-02-25", "Vladimir Putin spoke again in Moscow, Russia."},
            {"t6", "2022-02-26", "The weather in Paris, France, was mild."},
            {"t7", "2022-07-01", "Xi Jinping visited Hong Kong."},
            {"t8", "", "Vladimir Putin, in an undated statement, spoke of Russia."},
        };
        for (String[] a : articles) {
            lines.add("{\"id\": \"" + a[0] + "\", \"title\": \"Story " + a[0] + "\", \"body\": \"" + a[2] + "\""
                    + (a[1].isEmpty() ? "" : ", \"date\": \"" + a[1] + "\"") + "}");
        }
        TestIndexes.write(dir, "timeline.jsonl", String.join("\n", lines) + "\n");
        return dir;
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
    }

    static String series(String queryString) {
        return "series=" + URLEncoder.encode(queryString, StandardCharsets.UTF_8);
    }

    static long sum(JsonNode counts) {
        long s = 0;
        for (JsonNode c : counts) s += c.asLong();
        return s;
    }

    @Test
    void aSeriesOfAPersonNoArticleHoldsIsWarnedWithTheNameItMayHaveMeant() throws Exception {
        JsonNode t = server.json("/api/timeline?" + series("person=xi jinping&label=Xi") + "&" + series("q=Putin"));
        assertEquals(0, t.at("/series/0/total").asLong());
        String warnings = t.get("warnings").toString();
        assertTrue(warnings.contains("In the series 'Xi': No article has the person 'xi jinping'")
                && warnings.contains("did you mean 'Xi Jinping'"), warnings);
    }

    @Test
    void aTimelineCsvOfAPersonNoArticleHoldsSaysSoInAWarningHeader() throws Exception {
        var r = server.get("/api/timeline?format=csv&person=xi+jinping");
        assertEquals(200, r.statusCode(), r.body());
        String warnings = r.headers().allValues(ApiRoutes.WARNING_HEADER).toString();
        assertTrue(warnings.contains("No article has the person 'xi jinping'") && warnings.contains("did you mean 'Xi Jinping'"),
                warnings);
    }

    @Test
    void eachSeriesSumsToItsSearchTotalAndItsMonthsEqualTheSearchFacets() throws Exception {
        List<String> searches = List.of("q=Putin", "person=Xi+Jinping", "person=Vladimir+Putin&person=Xi+Jinping&person_op=and",
                "country=Russia&not_person=Xi+Jinping");
        StringBuilder url = new StringBuilder("/api/timeline?interval=month");
        searches.forEach(s -> url.append('&').append(series(s)));
        JsonNode t = server.json(url.toString());
        assertEquals(searches.size(), t.get("series").size());
        for (int i = 0; i < searches.size(); i++) {
            JsonNode line = t.get("series").get(i);
            JsonNode search = server.json("/api/search?facets=0&" + searches.get(i));
            assertEquals(search.get("total").asLong(), sum(line.get("counts")) + line.get("undated").asLong(), searches.get(i));
            assertEquals(search.get("total").asLong(), line.get("total").asLong());
            assertEquals(search.at("/facets/dates/undated").asLong(), line.get("undated").asLong());
            Map<String, Long> months = new HashMap<>();
            search.at("/facets/dates/month").forEach(m -> months.put(m.get("value").asText(), m.get("count").asLong()));
            for (int p = 0; p < t.get("periods").size(); p++) {
                String period = t.get("periods").get(p).asText();
                assertEquals(months.getOrDefault(period, 0L), line.get("counts").get(p).asLong(), searches.get(i) + " " + period);
            }
        }
        // Every month from the first to the last match, none skipped: March 2021 to July 2022.
        assertEquals(17, t.get("periods").size());
        assertEquals("2021-03", t.at("/periods/0").asText());
        assertEquals("2022-07", t.at("/periods/16").asText());
        assertEquals(1, t.at("/all/undated").asLong());
        assertEquals(8, t.at("/all/total").asLong());
    }

    @Test
    void sharesAreCountsOverEveryArticleOfThePeriod() throws Exception {
        JsonNode t = server.json("/api/timeline?interval=year&" + series("q=Putin&label=Putin"));
        assertEquals(List.of("2021", "2022"), List.of(t.at("/periods/0").asText(), t.at("/periods/1").asText()));
        JsonNode putin = t.at("/series/0");
        assertEquals("Putin", putin.get("label").asText());
        assertEquals(2, putin.at("/counts/0").asLong());
        assertEquals(2.0 / 3, putin.at("/shares/0").asDouble(), 1e-9);
        assertEquals(2, putin.at("/counts/1").asLong());
        assertEquals(2.0 / 4, putin.at("/shares/1").asDouble(), 1e-9);
        assertEquals(1, putin.get("undated").asLong());
    }

    @Test
    void weeksAreLabelledByTheirMondayAndARangeBoundsEverySeries() throws Exception {
        JsonNode t = server.json("/api/timeline?interval=week&from=2022-02-01&to=2022-02-28&" + series("q=Putin"));
        for (JsonNode p : t.get("periods")) assertEquals(DayOfWeek.MONDAY, LocalDate.parse(p.asText()).getDayOfWeek());
        assertEquals(2, sum(t.at("/series/0/counts")));
        int week = -1;
        for (int i = 0; i < t.get("periods").size(); i++) if (t.get("periods").get(i).asText().equals("2022-02-21")) week = i;
        assertEquals(2, t.at("/series/0/counts/" + week).asLong());
        assertEquals(3, t.at("/all/counts/" + week).asLong());
    }

    @Test
    void withoutSeriesTheRequestsOwnSearchIsTheOneSeries() throws Exception {
        JsonNode t = server.json("/api/timeline?q=Putin&interval=year");
        assertEquals(1, t.get("series").size());
        assertEquals(5, t.at("/series/0/total").asLong());
        assertEquals("Putin", t.at("/series/0/label").asText());
    }

    @Test
    void aTimelineIsAlsoACsvTable() throws Exception {
        var r = server.get("/api/timeline?interval=year&format=csv&" + series("q=Putin&label=Putin") + "&" + series("q=Xi"));
        assertEquals(200, r.statusCode(), r.body());
        var rows = ExportApiTest.csv(r.body());
        assertEquals(List.of("2021", "2022", "undated"), rows.stream().map(m -> m.get("period")).toList());
        assertEquals("2", rows.get(0).get("Putin (articles)"));
        assertEquals("3", rows.get(0).get("all articles"));
        assertEquals("1", rows.get(2).get("Putin (articles)"));
    }

    @Test
    void wrongParametersAre400s() throws Exception {
        for (String q : List.of("interval=fortnight", series("q=Putin&colour=red"), series("person_op=xor"),
                "interval=day&from=0001-01-01&to=9999-12-31")) {
            var r = server.get("/api/timeline?" + q);
            assertEquals(400, r.statusCode(), q + " " + r.body());
            assertTrue(r.body().startsWith("{\"error\""), r.body());
        }
    }

    @Test
    void aWrongFormatIsTold400WithTheTimelinesOwnFormats() throws Exception {
        for (String format : List.of("xml", "ndjson")) {
            var r = server.get("/api/timeline?format=" + format);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("json or csv"), r.body());
        }
    }

    @Test
    void anUnknownParameterOfASeriesIsRefusedWithoutClaimingItWasIgnored() throws Exception {
        var r = server.get("/api/timeline?" + series("q=Putin&colour=red"));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("Unknown parameter 'colour'"), r.body());
        assertEquals(-1, r.body().indexOf("ignored"), r.body());
    }
}
