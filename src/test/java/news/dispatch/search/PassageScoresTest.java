package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The highlighter's passage scores without Lucene's per-passage hash are Lucene's scores, bit for bit. */
class PassageScoresTest {
    @Test
    void aPassageWithRepeatedAndDistinctTermsScoresExactlyAsLucenesScorer() {
        Passage passage = new Passage();
        passage.setStartOffset(140);
        passage.setEndOffset(260);
        String[] terms = {"oil", "opec", "oil", "prices", "opec", "oil"};
        int[] freqsInDoc = {5, 2, 5, 1, 2, 5};
        for (int i = 0; i < terms.length; i++) {
            passage.addMatch(150 + 15 * i, 154 + 15 * i, new BytesRef(terms[i]), freqsInDoc[i]);
        }
        for (int contentLength : new int[] {300, 4_000, 90_000}) {
            assertEquals(Float.floatToIntBits(new PassageScorer().score(passage, contentLength)),
                    Float.floatToIntBits(PassageScores.INSTANCE.score(passage, contentLength)),
                    "content of " + contentLength + " characters");
        }
    }

    @Test
    void aPassageWithoutMatchesScoresExactlyAsLucenesScorer() {
        Passage passage = new Passage();
        passage.setStartOffset(0);
        passage.setEndOffset(80);
        assertEquals(Float.floatToIntBits(new PassageScorer().score(passage, 500)),
                Float.floatToIntBits(PassageScores.INSTANCE.score(passage, 500)));
    }
}
