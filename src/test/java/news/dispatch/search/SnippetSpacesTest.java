package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A snippet shows each run of spaces, tabs and line breaks of the article as one space. */
class SnippetSpacesTest {
    @Test
    void runsOfSpacesTabsAndLineBreaksAreShownAsOneSpace() {
        assertEquals("a b c d", Snippets.foldSpaces("a \t b\n\nc d"));
        assertEquals(" x ", Snippets.foldSpaces("\r\nx\f\u000B"));
    }

    @Test
    void textWithSingleSpacesIsShownAsItIs() {
        String text = "Gas prices rose again.";
        assertEquals(text, Snippets.foldSpaces(text));
    }
}
