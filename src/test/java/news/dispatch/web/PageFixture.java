package news.dispatch.web;

import news.dispatch.TempTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import news.dispatch.TestIndexes;

/**
 * The server and browser that the page tests share: one index, one headless Chromium for the whole test run
 * (kept in JUnit's root store, which closes it at the end). The corpus is the two seed articles plus a few
 * articles written here: hostile markup, a wire copy, and short reports that make the collection two pages long.
 */
record PageFixture(TestServer server, Browser browser) implements AutoCloseable {
    static final String KREMLIN = SearchApiTest.KREMLIN;
    static final String WIDER_TITLE = "Same story from another outlet, wider";
    /** Markup that would run or load something if the page ever put article text in as HTML. */
    static final String ENVOYS = """
            {"id": "hostile-envoy", "title": "<script>window.pwned = 1</script> Envoy <img src=x onerror=\\"window.pwned = 2\\"> arrives", \
            "body": "A peace envoy arrived on Monday. <b>Bold</b> and <a href=\\"javascript:window.pwned = 3\\">a link</a> stay text. The envoy met officials.", \
            "date": "2022-11-20", "source": "<i>Hostile Wire</i>", "url": "javascript:window.pwned = 4"}
            {"id": "safe-envoy", "title": "Envoy returns home", "body": "The peace envoy returned home after three days of \
            talks in the capital. Officials said the envoy would report to the foreign ministry on Tuesday and brief \
            parliament later in the week.", "date": "2022-11-21", "source": "Safe Wire", \
            "url": "https://example.org/envoy-returns"}
            {"id": "safe-envoy-copy", "title": "Envoy back home", "body": "The peace envoy returned home after three \
            days of talks in the capital. Officials said the envoy would report to the foreign ministry on Tuesday and \
            brief parliament later in the week.", "date": "2022-11-21", "source": "Copy Wire"}
            """;
    /** Well-known leaders, one per harvest report, so the persons facet has more than its first ten values. */
    static final List<String> LEADERS = List.of("Angela Merkel", "Xi Jinping", "Narendra Modi", "Justin Trudeau",
            "Boris Johnson", "Jacinda Ardern", "Recep Tayyip Erdogan", "Cyril Ramaphosa");
    /** Articles in the index: the seeds, the three envoy articles and the harvest reports. */
    static final int ARTICLES = 2 + 3 + LEADERS.size();
    /** Results the page lists: the envoy report and its wire copy are one story (one card, "+ 1 similar article"). */
    static final int STORIES = ARTICLES - 1;

    static PageFixture start() {
        try {
            Path extra = TempTrees.directory("dispatch-page-corpus");
            TestIndexes.write(extra, "envoys.jsonl", ENVOYS);
            TestIndexes.write(extra, "farm/harvest.jsonl", harvestReports());
            TestServer server = TestServer.start(TestIndexes.seedCorpus(), extra);
            return new PageFixture(server, Browser.start(1280, 900));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Short articles dated 22 to 27 November 2022, each naming one leader. They have no id, so theirs is the file's
     * folder, path and line, "dispatch-page-corpus…/farm/harvest.jsonl:3": a slash the page must carry through to /api/articles/{id}.
     */
    static String harvestReports() {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= LEADERS.size(); i++) {
            jsonl.append("{\"title\": \"Harvest report ").append(i)
                    .append("\", \"body\": \"Farmers brought in the wheat harvest, report number ").append(i)
                    .append(". ").append(LEADERS.get(i - 1)).append(" praised the farmers.\", \"date\": \"2022-11-2")
                    .append(2 + i % 6).append("\"}\n");
        }
        return jsonl.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
