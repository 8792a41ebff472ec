package news.dispatch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fields an input carries beyond the ones Dispatch reads: kept, bounded, and never dropped without a word. */
class CarriedFieldsTest {
    @TempDir
    Path dir;

    @Test
    void jsonMembersBeyondTheKnownOnesAreKeptWithTheirValues() throws IOException {
        Article a = Collected.read(dir, "a.jsonl", """
                {"title": "T", "body": "B", "bias": "left", "topic": ["trade", "china"], "rank": 3, "wire": true, "note": null}
                """).only();
        assertEquals(Map.of("bias", List.of("left"), "topic", List.of("trade", "china"), "rank", List.of("3"),
                "wire", List.of("true")), a.fields());
    }

    @Test
    void aNestedFieldIsReportedOncePerRunAndItsArticlesAreStillRead() throws IOException {
        Collected.write(dir, "c/one.jsonl", """
                {"title": "First", "body": "B", "image": {"url": "https://x/1.jpg"}}
                {"title": "Second", "body": "B", "image": {"url": "https://x/2.jpg"}}
                """);
        Collected.write(dir, "c/two.jsonl", """
                {"title": "Third", "body": "B", "image": {"url": "https://x/3.jpg"}}
                """);
        Collected c = Collected.walk(dir.resolve("c"));
        assertEquals(List.of("First", "Second", "Third"), c.titles());
        Problem p = c.onlyProblem();
        assertFalse(p.skipped());
        assertTrue(p.reason().startsWith("field 'image' ignored: a nested object"), p.reason());
        assertEquals(1, p.line());
    }

    @Test
    void aValueTooLongForMetadataIsReportedAndTheFieldsOtherValuesKept() throws IOException {
        String summary = "x".repeat(CarriedFields.MAX_VALUE_CHARS + 1);
        Collected c = Collected.read(dir, "a.jsonl", "{\"title\": \"T\", \"body\": \"B\", \"summary\": \"" + summary
                + "\", \"bias\": \"left\"}\n");
        assertEquals(Map.of("bias", List.of("left")), c.only().fields());
        assertTrue(c.onlyProblem().reason().contains("'summary' ignored: a value of 201 characters"), c.onlyProblem().reason());
    }

    @Test
    void fieldNamesAreFoldedToNamesAQueryCanWrite() throws IOException {
        Collected c = Collected.read(dir, "a.jsonl", """
                {"title": "T", "body": "B", "Dc.Subject": "economy", "news-desk": "world", "Тема": "x", "2nd": "y"}
                """);
        assertEquals(Map.of("dc_subject", List.of("economy"), "news_desk", List.of("world")), c.only().fields());
        assertEquals(2, c.problems.size(), c.problems.toString());
        assertTrue(c.problems.stream().allMatch(p -> p.reason().contains("is not a field name")), c.problems.toString());
    }

    @Test
    void aFieldNamedLikeOneOfTheArticlesOwnIsReportedNotKept() throws IOException {
        Collected c = Collected.read(dir, "a.jsonl", """
                {"title": "T", "body": "B", "Title": "Another title", "Person": "Jane Doe"}
                """);
        assertEquals(Map.of(), c.only().fields());
        assertEquals(2, c.problems.size(), c.problems.toString());
        assertTrue(c.problems.getFirst().reason().contains("named like one of the article's own fields (title)"),
                c.problems.toString());
    }

    @Test
    void frontMatterKeysBeyondTheKnownOnesAreKept() throws IOException {
        Article a = Collected.read(dir, "a.md", """
                ---
                title: Talks resume
                section: World
                ---
                The talks resumed in Geneva.
                """).only();
        assertEquals(Map.of("section", List.of("World")), a.fields());
    }

    @Test
    void aPagesMetaTagsAreKeptAndItsPageMachineryReported() throws IOException {
        Collected c = Collected.read(dir, "a.html", """
                <html><head><title>Talks resume</title>
                <meta name="viewport" content="width=device-width">
                <meta name="section" content="World">
                <meta name="news_keywords" content="Geneva, talks">
                <meta name="author" content="Jane Doe">
                </head><body><article><p>The talks resumed in Geneva.</p></article></body></html>
                """);
        assertEquals(Map.of("section", List.of("World"), "news_keywords", List.of("Geneva, talks")), c.only().fields());
        assertTrue(c.onlyProblem().reason().startsWith("field 'viewport' ignored: page machinery"), c.onlyProblem().reason());
    }
}
