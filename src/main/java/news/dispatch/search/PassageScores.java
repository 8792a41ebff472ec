package news.dispatch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The highlighter's passage score (Lucene's {@link PassageScorer}: BM25 over the passage's distinct terms, times a
 * norm favouring early passages) without its per-passage allocation. Lucene's {@code score} counts the passage's
 * distinct terms in a new {@code BytesRefHash}, whose first term takes a 32 KB byte block: for every sentence of every
 * highlighted field that holds a match. That was over half of the bytes a default search allocated (issue 29: JFR
 * allocation samples of the collapsed search on Reuters), and those bytes set how often a young collection pauses a
 * request at 2 clients.
 *
 * <p>The same score, float for float: the distinct terms in the order of their first match (the hash's ids are that
 * order too), each adding {@code tf × weight} to a double in that order, then times the norm. A passage names few
 * distinct terms, so a scan of those seen replaces the hash. Stateless, so one instance serves every thread.
 */
final class PassageScores extends PassageScorer {
    static final PassageScores INSTANCE = new PassageScores();

    private PassageScores() {
        // Lucene's defaults (k1 1.2, b 0.75, pivot 87), which Snippets used before.
        super();
    }

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // distinct[k]: the index of the first match of the k-th distinct term.
        int[] distinct = new int[matches];
        int[] freqInPassage = new int[matches];
        int distinctCount = 0;
        for (int i = 0; i < matches; i++) {
            int k = 0;
            while (k < distinctCount && !terms[distinct[k]].equals(terms[i])) k++;
            if (k == distinctCount) distinct[distinctCount++] = i;
            freqInPassage[k]++;
        }
        double score = 0;
        for (int k = 0; k < distinctCount; k++) {
            score += tf(freqInPassage[k], passage.getLength()) * weight(contentLength, freqsInDoc[distinct[k]]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
