package news.dispatch.measure.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Person-mention quality on CoNLL-2003 (column format {@code word TAG}, IOB2, blank line between sentences):
 * each sentence is rebuilt with single spaces, given to the extractor, and its person spans mapped back to
 * tokens; scored by exact span, as conlleval does.
 */
public final class ConllEval {
    private ConllEval() {
    }

    /** One sentence: its words and their IOB2 tags. */
    public record Sentence(List<String> words, List<String> tags) {

        /** The words joined by single spaces, as the extractor sees them. */
        public String text() {
            return String.join(" ", words);
        }
    }

    /** A mention as a token range [from, to). */
    record TokenSpan(int from, int to) {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String[] cols = line.strip().split("\\s+");
            if (line.isBlank() || cols[0].equals("-DOCSTART-")) {
                if (!words.isEmpty()) sentences.add(new Sentence(List.copyOf(words), List.copyOf(tags)));
                words.clear();
                tags.clear();
                continue;
            }
            if (cols.length < 2) throw new IOException(file + ":" + lineNo + ": expected \"word TAG\", got \"" + line + "\"");
            words.add(cols[0]);
            tags.add(cols[cols.length - 1]);
        }
        if (!words.isEmpty()) sentences.add(new Sentence(List.copyOf(words), List.copyOf(tags)));
        return sentences;
    }

    /**
     * Scores PER mentions.
     *
     * @param personSpans the predicted person character spans {@code [start, end)} of a sentence's text
     */
    public static Score score(List<Sentence> sentences, Function<String, List<int[]>> personSpans) {
        Score total = new Score(0, 0, 0);
        for (Sentence s : sentences) {
            Set<TokenSpan> gold = gold(s);
            Set<TokenSpan> predicted = toTokens(s, personSpans.apply(s.text()));
            long tp = predicted.stream().filter(gold::contains).count();
            total = total.plus(new Score(tp, predicted.size(), gold.size()));
        }
        return total;
    }

    static Set<TokenSpan> gold(Sentence s) {
        Set<TokenSpan> spans = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= s.tags().size(); i++) {
            String tag = i < s.tags().size() ? s.tags().get(i) : "O";
            boolean inside = tag.equals("I-PER") && start >= 0;
            if (!inside && start >= 0) {
                spans.add(new TokenSpan(start, i));
                start = -1;
            }
            if (tag.equals("B-PER") || (tag.equals("I-PER") && start < 0)) start = i;
        }
        return spans;
    }

    /** Character spans to the tokens they touch (the text has one space between tokens). */
    static Set<TokenSpan> toTokens(Sentence s, List<int[]> charSpans) {
        int[] starts = new int[s.words().size()];
        int offset = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = offset;
            offset += s.words().get(i).length() + 1;
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
        int i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
        return i;
    }
}
