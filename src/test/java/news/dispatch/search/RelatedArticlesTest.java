package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The near-duplicate test of related articles reads a bounded start of each text, in one pass (issue 16, item 5: it
 * joined a sub-list per word, quadratic, and a 1.9 MB article took 39 s to open). No timing is asserted: the bound on
 * the input is.
 */
class RelatedArticlesTest {

    @Test
    void fourGramsOfAShortText() {
        assertEquals(Set.of("the talks in kyiv", "talks in kyiv resumed"),
                RelatedArticles.shingles("The talks in Kyiv resumed."));
        assertEquals(Set.of(), RelatedArticles.shingles("Too short"));
        assertEquals(Set.of(), RelatedArticles.shingles(""));
    }

    @Test
    void aHugeArticleIsReadOnlyToItsBound() {
        String words = IntStream.range(0, 400_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        assertTrue(words.length() > 2_000_000);
        Set<String> all = RelatedArticles.shingles(words);
        assertEquals(RelatedArticles.MAX_SHINGLE_WORDS - 3, all.size());
        assertTrue(all.contains("w0 w1 w2 w3"));
        assertTrue(all.contains("w4996 w4997 w4998 w4999"));
        assertTrue(!all.contains("w4997 w4998 w4999 w5000"), "read past the bound");
    }

    @Test
    void oneEndlessWordOrEndlessPunctuationIsBoundedToo() {
        assertEquals(Set.of(), RelatedArticles.shingles("x".repeat(3_000_000)));
        assertEquals(Set.of(), RelatedArticles.shingles(".,;".repeat(1_000_000)));
        // Words past the character bound are not read even when there are few of them.
        String spaced = "a b c d " + " ".repeat(RelatedArticles.MAX_SHINGLE_CHARS) + "e f g h";
        assertEquals(Set.of("a b c d"), RelatedArticles.shingles(spaced));
    }
}
