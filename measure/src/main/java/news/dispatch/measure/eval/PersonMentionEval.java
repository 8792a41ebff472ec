package news.dispatch.measure.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Person-mention quality on hand-tagged documents: each document's text (words joined by spaces) goes to the
 * extractor whole, as an article would, and the predicted person spans are mapped back to tokens; scored by exact
 * span, as conlleval does. Gold persons are the {@code PER} (CoNLL) or {@code Person} (worldwide newswire) tags.
 */
public final class PersonMentionEval {
    private PersonMentionEval() {
    }

    /** A mention as a global token range [from, to) of its document. */
    record TokenSpan(int from, int to) {
    }

    /**
     * Scores person mentions.
     *
     * @param personSpans the predicted person character spans {@code [start, end)} of a document's text
     */
    public static Score score(List<TaggedDocuments.Document> docs, Function<String, List<int[]>> personSpans) {
        return score(docs, personSpans, null);
    }

    /** As {@link #score(List, Function)}, counting the surface text of each error in {@code errors} when given. */
    public static Score score(List<TaggedDocuments.Document> docs, Function<String, List<int[]>> personSpans,
                              Map<String, Integer> errors) {
        return score(docs, personSpans, errors, null, 0);
    }

    /** As {@link #score(List, Function, Map)}, printing the errors by class to {@code classesOut} when given. */
    public static Score score(List<TaggedDocuments.Document> docs, Function<String, List<int[]>> personSpans,
                              Map<String, Integer> errors, java.io.PrintWriter classesOut, int examplesPerClass) {
        ErrorClasses classes = classesOut == null ? null : new ErrorClasses(examplesPerClass);
        Score total = new Score(0, 0, 0);
        for (TaggedDocuments.Document d : docs) {
            Set<TokenSpan> gold = gold(d);
            Set<TokenSpan> predicted = toTokens(d, personSpans.apply(d.text()));
            long tp = predicted.stream().filter(gold::contains).count();
            total = total.plus(new Score(tp, predicted.size(), gold.size()));
            if (classes != null) classes.add(d, gold, predicted);
            if (errors == null) continue;
            List<String> words = d.words().stream().flatMap(List::stream).toList();
            for (TokenSpan p : predicted) {
                if (!gold.contains(p)) errors.merge("FP " + String.join(" ", words.subList(p.from(), p.to())), 1, Integer::sum);
            }
            for (TokenSpan g : gold) {
                if (!predicted.contains(g)) errors.merge("FN " + String.join(" ", words.subList(g.from(), g.to())), 1, Integer::sum);
            }
        }
        if (classes != null) classes.print(classesOut);
        return total;
    }

    static boolean isPersonTag(String tag) {
        return tag.endsWith("-PER") || tag.endsWith("-Person");
    }

    static Set<TokenSpan> gold(TaggedDocuments.Document d) {
        Set<TokenSpan> spans = new HashSet<>();
        int base = 0;
        for (List<String> tags : d.tags()) {
            int start = -1;
            for (int i = 0; i <= tags.size(); i++) {
                String tag = i < tags.size() ? tags.get(i) : "O";
                boolean inside = tag.startsWith("I-") && isPersonTag(tag) && start >= 0;
                if (!inside && start >= 0) {
                    spans.add(new TokenSpan(base + start, base + i));
                    start = -1;
                }
                if (isPersonTag(tag) && start < 0) start = i;
            }
            base += tags.size();
        }
        return spans;
    }

    /** Character spans to the tokens they touch (one space or line break between tokens). */
    static Set<TokenSpan> toTokens(TaggedDocuments.Document d, List<int[]> charSpans) {
        int[] starts = new int[d.tokens()];
        int offset = 0;
        int i = 0;
        for (List<String> sentence : d.words()) {
            for (String w : sentence) {
                starts[i++] = offset;
                offset += w.length() + 1;
            }
        }
        Set<TokenSpan> spans = new HashSet<>();
        for (int[] c : charSpans) {
            int from = tokenAt(starts, c[0]);
            int to = tokenAt(starts, c[1] - 1) + 1;
            spans.add(new TokenSpan(from, to));
        }
        return spans;
    }

    private static int tokenAt(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
