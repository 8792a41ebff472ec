package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import news.dispatch.index.LanguageChains;
import news.dispatch.index.Schema;

/**
 * Where the searched words are in one whole article: the offsets Lucene's highlighter finds for the query, which is
 * the same analysis (stemming, phrases, prefixes, fuzzy terms, aliases) that matched the article, so the page marks
 * exactly what the search matched instead of guessing with its own patterns.
 */
public final class ArticleMatches {
    /** Whole articles, not the highlighter's default first 10,000 characters. */
    private static final int MAX_LENGTH = 1_000_000;
    /** The index's analysis, built once: Lucene analyzers are thread-safe, and it holds one chain per language. */
    private static final Analyzer INDEX_ANALYSIS = Schema.indexAnalyzer();

    private ArticleMatches() {
    }

    /**
     * Some of the matches: {@code matches} from number {@code from} on, at most {@code limit}, of {@code total}
     * (title first, then body, in text order). Only the page is made into records: a common word can match an
     * article 150,000 times.
     */
    public record Page(List<ArticleView.Match> matches, int total) {
    }

    /**
     * As {@link #of}, for an article in no local index (a cluster's): its title and body indexed alone in memory,
     * with the embedded index's fields and analysis, so the same words are marked as there.
     */
    public static Page inText(ReadQuery read, String language, String title, String body, int from, int limit)
            throws IOException {
        Analyzer analyzer = INDEX_ANALYSIS;
        try (var dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
            try (var writer = new org.apache.lucene.index.IndexWriter(dir,
                    new org.apache.lucene.index.IndexWriterConfig(analyzer))) {
                writer.addDocument(news.dispatch.index.ArticleDocument.text(language, title, body));
            }
            try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
                return of(new IndexSearcher(reader), analyzer, read, language, 0, from, limit);
            }
        }
    }

    /**
     * The matches of {@code read} in the title and body of {@code doc} (an article in {@code language}, marked by
     * the reading of its own analysis chain), numbers {@code from} to from+limit.
     */
    static Page of(IndexSearcher searcher, Analyzer analyzer, ReadQuery read, String language, int doc, int from,
                   int limit) throws IOException {
        String chain = readingChain(read, language);
        Query query = read.readingOf(chain);
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(MAX_LENGTH)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxNoHighlightPassages(0)
                // Matches in the article's language reading and cross-script keys are marked in its title and body.
                .withMaskedFieldsFunc(field -> Schema.readingsOf(field, java.util.Set.of(chain)))
                .withFormatter(new Offsets()));
        String[] fields = {Schema.TITLE, Schema.BODY};
        Map<String, Object[]> found = highlighter.offsets(fields, query, doc);
        List<ArticleView.Match> matches = new ArrayList<>();
        int total = 0;
        for (String field : fields) {
            Object[] perDoc = found.get(field);
            if (perDoc == null || perDoc[0] == null) continue;
            for (int[] span : (int[][]) perDoc[0]) {
                if (total >= from && matches.size() < limit) matches.add(new ArticleView.Match(field, span[0], span[1]));
                total++;
            }
        }
        return new Page(matches, total);
    }

    /**
     * The analysis chain whose reading marks an article in {@code language}: its own where the query was read by it,
     * else English's (an index of English alone, or written before languages).
     */
    static String readingChain(ReadQuery read, String language) {
        String chain = LanguageChains.of(language);
        return read.readings().containsKey(chain) ? chain : LanguageChains.ENGLISH;
    }

    /** The match offsets of the one passage that covers the whole field. */
    private static final class Offsets extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<int[]> spans = new ArrayList<>();
            for (Passage p : passages) {
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = p.getMatchStarts()[i];
                    int end = p.getMatchEnds()[i];
                    // A phrase's words come as one match per word; neighbours that touch or overlap are joined.
                    if (!spans.isEmpty() && start <= spans.getLast()[1]) {
                        spans.getLast()[1] = Math.max(spans.getLast()[1], end);
                    } else {
                        spans.add(new int[] {start, end});
                    }
                }
            }
            return spans.toArray(int[][]::new);
        }
    }

    /** Exposes the highlighter's per-field objects, which its public API would join into strings. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> offsets(String[] fields, Query query, int doc) throws IOException {
            return highlightFieldsAsObjects(fields, query, new int[] {doc}, new int[] {1, 1});
        }
    }
}
