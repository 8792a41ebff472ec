package news.dispatch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jsoup.nodes.Entities;

import news.dispatch.index.Schema;

/**
 * Highlighted titles and body snippets. All article text is HTML-escaped; the only markup is {@code <mark>}.
 * Offsets come from the postings, so long articles are not re-analyzed.
 */
public final class Snippets {
    public static final int SNIPPETS_PER_HIT = 3;
    /** Whole articles, not the highlighter's default first 10,000 characters. */
    private static final int MAX_LENGTH = 1_000_000;
    private static final int OPENING_LENGTH = 280;

    /** Highlighted title and snippets of one hit. */
    record Highlight(String title, List<String> snippets) {
    }

    private Snippets() {
    }

    /**
     * Highlights, in the order of {@code docs}; {@code read} is the user's query, not the filters, and
     * {@code languages} the articles' languages (stored); {@code docs} are hits of {@code read}. Each article is highlighted with its own analysis chain's
     * reading of the query, its matches in that chain's fields marked in its stored title and body; English articles
     * exactly as before languages were known.
     */
    static Highlight[] highlight(IndexSearcher searcher, Analyzer analyzer, ReadQuery read, String[] languages,
                                 int[] docs, String[] titles, String[] bodies) throws IOException {
        Map<String, List<Integer>> byChain = new java.util.LinkedHashMap<>();
        for (int i = 0; i < docs.length; i++) {
            byChain.computeIfAbsent(ArticleMatches.readingChain(read, languages[i]), c -> new ArrayList<>()).add(i);
        }
        Highlight[] result = new Highlight[docs.length];
        for (Map.Entry<String, List<Integer>> group : byChain.entrySet()) {
            List<Integer> at = group.getValue();
            Highlight[] part = highlight(searcher, group.getKey(), analyzer, read.readingOf(group.getKey()),
                    at.stream().mapToInt(i -> docs[i]).toArray(), at.stream().map(i -> titles[i]).toArray(String[]::new),
                    at.stream().map(i -> bodies[i]).toArray(String[]::new));
            for (int k = 0; k < at.size(); k++) result[at.get(k)] = part[k];
        }
        return result;
    }

    /** The articles of one analysis chain, highlighted with {@code query}, that chain's reading. */
    private static Highlight[] highlight(IndexSearcher searcher, String chain, Analyzer analyzer, Query query,
                                         int[] docs, String[] titles, String[] bodies) throws IOException {
        // Wildcard and fuzzy terms make the highlighter re-analyse the text against their automata: less of it.
        int maxLength = ExpansionGuard.hasMultiTerms(query) ? QueryLimits.MAX_MULTI_TERM_HIGHLIGHT_LENGTH : MAX_LENGTH;
        Map<Integer, CharSequence[]> texts = new HashMap<>();
        for (int i = 0; i < docs.length; i++) texts.put(docs[i], new CharSequence[] {titles[i], bodies[i]});
        Highlighter highlighter = new Highlighter(texts, UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(maxLength)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ENGLISH))
                .withMaxNoHighlightPassages(0)
                .withScorer(PassageScores.INSTANCE)
                .withMaskedFieldsFunc(field -> Schema.readingsOf(field, java.util.Set.of(chain)))
                .withFormatter(new OnePerPassage()));
        Map<String, Object[]> marked = marked(highlighter, chain, query, docs);
        Highlight[] result = new Highlight[docs.length];
        for (int i = 0; i < docs.length; i++) {
            List<String> title = passages(marked.get(Schema.TITLE)[i]);
            List<String> body = passages(marked.get(Schema.BODY)[i]);
            // A title is shown whole: when the match is in one of its sentences only, fall back to all of it.
            String shownTitle = title.size() == 1 && titles[i].strip().length() <= title.getFirst().length() + 1
                    ? title.getFirst() : escape(titles[i]);
            result[i] = new Highlight(shownTitle, body.isEmpty() ? List.of(opening(bodies[i])) : body);
        }
        return result;
    }

    /**
     * Title and body marked. A field without other readings (English's) is marked with the query's parts that name
     * it ({@link FieldProjection}: the same marks on documents the query matches, which hits are), without the
     * highlighter running the other field's clauses for it. A field with other readings (its chain's, the
     * cross-script keys) is marked with the whole query.
     */
    private static Map<String, Object[]> marked(Highlighter highlighter, String chain, Query query, int[] docs)
            throws IOException {
        String[] fields = {Schema.TITLE, Schema.BODY};
        int[] max = {1, SNIPPETS_PER_HIT};
        boolean masked = false;
        for (String field : fields) masked |= !Schema.readingsOf(field, java.util.Set.of(chain)).isEmpty();
        if (masked) return highlighter.marked(fields, query, docs, max);
        Map<String, Object[]> marked = new HashMap<>();
        for (int f = 0; f < fields.length; f++) {
            marked.putAll(highlighter.marked(new String[] {fields[f]}, FieldProjection.of(query, fields[f]), docs,
                    new int[] {max[f]}));
        }
        return marked;
    }

    /** The start of an article, for hits without a match in the body (or searches without words). */
    public static String opening(String body) {
        // Only the start is shown: spaces are folded in a prefix, not in an article of any length.
        int prefix = Math.min(body.length(), 4 * OPENING_LENGTH);
        String text = foldSpaces(body.substring(0, prefix).strip());
        if (text.length() <= OPENING_LENGTH) return escape(text) + (prefix < body.length() ? " …" : "");
        int cut = text.lastIndexOf(' ', OPENING_LENGTH);
        return escape(text.substring(0, cut > OPENING_LENGTH / 2 ? cut : OPENING_LENGTH)) + " …";
    }

    /**
     * Each run of the regex {@code \s} characters (space, tab, line breaks, vertical tab, form feed) as one space:
     * {@code replaceAll("\s+", " ")} without a regex, for every snippet of every hit (issue 29).
     */
    static String foldSpaces(String text) {
        int n = text.length();
        int i = 0;
        // Most snippets have single spaces only: then the text is returned as it is.
        while (i < n && !(isSpace(text.charAt(i)) && (text.charAt(i) != ' ' || i + 1 < n && isSpace(text.charAt(i + 1))))) {
            i++;
        }
        if (i == n) return text;
        // text[i] starts a run (the character before it is no space, else the scan would have stopped there).
        StringBuilder folded = new StringBuilder(n).append(text, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                folded.append(c);
                inRun = false;
            } else if (!inRun) {
                folded.append(' ');
                inRun = true;
            }
        }
        return folded.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    public static String escape(String text) {
        return Entities.escape(text);
    }

    @SuppressWarnings("unchecked")
    private static List<String> passages(Object formatted) {
        return formatted == null ? List.of() : (List<String>) formatted;
    }

    /**
     * Exposes the highlighter's per-passage objects, which the public API joins into one string, and highlights the
     * title and body the hits were already read with: the highlighter would otherwise read and decompress each
     * hit's stored document a second time (about a tenth of a search's CPU on Reuters).
     */
    private static final class Highlighter extends UnifiedHighlighter {
        /** Title and body by doc id, in {@link Schema#TITLE}, {@link Schema#BODY} order. */
        private final Map<Integer, CharSequence[]> texts;

        Highlighter(Map<Integer, CharSequence[]> texts, Builder builder) {
            super(builder);
            this.texts = texts;
        }

        /** As the stored-fields reading it replaces: in doc id order, cut at the maximum length, in batches. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> loaded = new ArrayList<>();
            long chars = 0;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] known = texts.get(doc);
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    CharSequence v = known == null ? null : known[textIndex(fields[f])];
                    values[f] = v == null || v.length() <= getMaxLength() ? v : v.subSequence(0, getMaxLength());
                    chars += values[f] == null ? 0 : values[f].length();
                }
                loaded.add(values);
                if (cacheCharsThreshold == 0 || chars > cacheCharsThreshold) break;
            }
            return loaded;
        }

        private static int textIndex(String field) {
            if (field.equals(Schema.TITLE)) return 0;
            if (field.equals(Schema.BODY)) return 1;
            throw new IllegalArgumentException("only the title and body are highlighted, not " + field);
        }

        /** Lucene's postings strategy, but with the query's weight made once per segment ({@link OneWeightPerLeaf}). */
        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
            FieldOffsetStrategy lucene = super.getOffsetStrategy(offsetSource, components);
            return lucene.getClass() == PostingsOffsetStrategy.class ? new OneWeightPerLeaf(components) : lucene;
        }

        Map<String, Object[]> marked(String[] fields, Query query, int[] docs, int[] max) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, max);
        }
    }

    /**
     * Formats each passage on its own, escaped, with matches in {@code <mark>}; passages keep text order. A passage
     * longer than {@link QueryLimits#MAX_SNIPPET_LENGTH} (text without sentence ends) is cut to a window around its
     * first match.
     */
    private static final class OnePerPassage extends PassageFormatter {
        private final DefaultPassageFormatter inner = new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);

        @Override
        public Object format(Passage[] passages, String content) {
            return Arrays.stream(passages)
                    .sorted((a, b) -> Integer.compare(a.getStartOffset(), b.getStartOffset()))
                    .map(p -> format(p, content))
                    .toList();
        }

        private String format(Passage passage, String content) {
            Passage shown = passage.getLength() <= QueryLimits.MAX_SNIPPET_LENGTH ? passage : window(passage);
            String text = foldSpaces(inner.format(new Passage[] {shown}, content).strip());
            if (shown.getStartOffset() > passage.getStartOffset()) text = "… " + text;
            if (shown.getEndOffset() < passage.getEndOffset()) text = text + " …";
            return text;
        }

        private static Passage window(Passage passage) {
            int first = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : passage.getStartOffset();
            int start = Math.max(passage.getStartOffset(), first - QueryLimits.MAX_SNIPPET_LENGTH / 4);
            int end = Math.min(passage.getEndOffset(), start + QueryLimits.MAX_SNIPPET_LENGTH);
            Passage cut = new Passage();
            cut.setStartOffset(start);
            cut.setEndOffset(end);
            cut.setScore(passage.getScore());
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int s = passage.getMatchStarts()[i];
                int e = passage.getMatchEnds()[i];
                if (s >= start && e <= end) {
                    cut.addMatch(s, e, passage.getMatchTerms()[i], passage.getMatchTermFreqsInDoc()[i]);
                }
            }
            return cut;
        }
    }
}
