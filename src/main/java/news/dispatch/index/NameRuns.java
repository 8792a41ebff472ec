package news.dispatch.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of a query's words (whitespace between them only) looked up in a table of names by their words' keys and
 * replaced by the table's spelling, the longest run first; operators, quotes and other words kept. What
 * {@link ArabicSpellings} and {@link KnownPersonSpellings} share.
 */
final class NameRuns {
    /** A word of any script, with its combining marks and inner apostrophes. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("\\s+");

    private record Word(int start, int end, String text) {
    }

    private NameRuns() {
    }

    /**
     * {@code text} with each run of at most {@code longest} words whose keys ({@code keysOfWord}: every reading of a
     * word, none for a word the table cannot hold) are a key of {@code table} replaced by the table's spelling.
     */
    static String replace(String text, int longest, Function<String, List<String>> keysOfWord, Map<String, String> table) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(new Word(m.start(), m.end(), m.group()));
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            String found = null;
            for (int n = Math.min(longest, words.size() - i); n >= 1 && found == null; n--) {
                if (!adjacent(text, words, i, n)) continue;
                found = lookUp(words.subList(i, i + n), keysOfWord, table);
                matched = n;
            }
            if (found == null) {
                i++;
                continue;
            }
            out.append(text, copied, words.get(i).start()).append(found);
            copied = words.get(i + matched - 1).end();
            i += matched;
        }
        if (copied == 0) return text;
        return out.append(text, copied, text.length()).toString();
    }

    /** Keys joined with single spaces: a name of several words as a table key. */
    static String joined(List<String> keys) {
        return String.join(" ", keys);
    }

    private static boolean adjacent(String text, List<Word> words, int from, int n) {
        for (int k = from; k < from + n - 1; k++) {
            if (!BETWEEN_WORDS.matcher(text.substring(words.get(k).end(), words.get(k + 1).start())).matches()) return false;
        }
        return true;
    }

    /** The table's spelling of a run of words, any reading of each word counting; null for none. */
    private static String lookUp(List<Word> run, Function<String, List<String>> keysOfWord, Map<String, String> table) {
        List<String> prefixes = List.of("");
        for (Word w : run) {
            List<String> keys = keysOfWord.apply(w.text());
            if (keys.isEmpty()) return null;
            List<String> next = new ArrayList<>();
            for (String p : prefixes) for (String k : keys) next.add(p.isEmpty() ? k : p + " " + k);
            prefixes = next;
        }
        for (String p : prefixes) {
            String found = table.get(p);
            if (found != null) return found;
        }
        return null;
    }
}
