package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.text.InvisibleCharacters;

/**
 * The analysis' invisible-character filter over long random texts (surrogate pairs, tag runs and marks falling on
 * every buffer boundary): each word comes out as its visible letters, and its offsets point at that word in the
 * original text.
 */
class InvisibleCharFilterTest {
    static final String[] INVISIBLE = {"\u00AD", "\u200E", "\u200F", "\u2066", "\u2069", "\u061C", "\u180E", "\u034F",
            "\uFE0F", "\uFEFF", "\uDB40\uDC41", "\uDB40\uDC7F", "\uDB40\uDD00"};
    static final String[] VISIBLE = {"a", "b", "Z", "é", "ж", "ب", "\uD83D\uDE00", "\uD835\uDC00", "7"};

    static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new WhitespaceTokenizer());
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return InvisibleCharFilter.wrap(reader);
        }
    };

    record Word(String text, int start, int end) {
    }

    static List<Word> words(String text) throws IOException {
        List<Word> words = new ArrayList<>();
        try (TokenStream ts = WORDS.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            ts.end();
        }
        return words;
    }

    @Test
    void everyWordIsItsVisibleLettersAndItsOffsetsPointAtItInTheOriginal() throws IOException {
        Random random = new Random(12);
        for (int round = 0; round < 40; round++) {
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            int words = 200 + random.nextInt(2000);
            for (int w = 0; w < words; w++) {
                StringBuilder visible = new StringBuilder();
                int parts = 1 + random.nextInt(8);
                for (int p = 0; p < parts; p++) {
                    if (random.nextInt(3) == 0) text.append(INVISIBLE[random.nextInt(INVISIBLE.length)]);
                    String v = VISIBLE[random.nextInt(VISIBLE.length)];
                    text.append(v);
                    visible.append(v);
                }
                if (random.nextInt(4) == 0) text.append(INVISIBLE[random.nextInt(INVISIBLE.length)]);
                expected.add(visible.toString());
                text.append(random.nextInt(5) == 0 ? "\n" : " ");
            }
            String original = text.toString();
            List<Word> found = words(original);
            assertEquals(expected, found.stream().map(Word::text).toList(), "round " + round);
            for (Word w : found) {
                String marked = original.substring(w.start(), w.end());
                assertEquals(w.text(), InvisibleCharacters.visible(marked), "round " + round + " at " + w.start());
                // The mark starts on a visible letter: an invisible character before a word is left outside it.
                assertEquals(w.text().codePointAt(0), marked.codePointAt(0), "round " + round + " at " + w.start());
            }
        }
    }
}
