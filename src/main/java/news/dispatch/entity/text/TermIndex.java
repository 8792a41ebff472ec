package news.dispatch.entity.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds gazetteer phrases in a token stream: whole tokens only, longest match first, no overlaps (so "South China
 * Sea" wins over "China"). Case rule: a token matches its gazetteer spelling exactly, or in all capitals when the
 * spelling has lower-case letters and at least four characters or is part of a longer phrase ("RUSSIA", "NEW JERSEY"
 * in a wire headline, but not "us").
 *
 * @param <T> what a phrase stands for
 */
public final class TermIndex<T> {
    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    private record Entry<T>(List<String> words, T value) {
    }

    /** A phrase found at tokens [from, to). */
    public record TermMatch<T>(int from, int to, int start, int end, List<T> values) {
    }

    public void add(String phrase, T value) {
        List<String> words = Tokenizer.words(phrase);
        if (words.isEmpty()) return;
        List<Entry<T>> entries = byFirstWord.computeIfAbsent(key(words.getFirst()), k -> new ArrayList<>());
        entries.add(new Entry<>(words, value));
        entries.sort(Comparator.comparingInt((Entry<T> e) -> e.words().size()).reversed());
    }

    public List<TermMatch<T>> find(List<Token> tokens) {
        List<TermMatch<T>> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TermMatch<T> hit = longestAt(tokens, i);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.to();
            }
        }
        return hits;
    }

    private TermMatch<T> longestAt(List<Token> tokens, int i) {
        List<Entry<T>> candidates = byFirstWord.get(key(tokens.get(i).text()));
        if (candidates == null) return null;
        int length = -1;
        List<T> values = new ArrayList<>();
        for (Entry<T> e : candidates) {
            int n = e.words().size();
            if (n < length) break;
            if (i + n > tokens.size() || !matches(e.words(), tokens, i)) continue;
            length = n;
            if (!values.contains(e.value())) values.add(e.value());
        }
        if (length < 0) return null;
        return new TermMatch<>(i, i + length, tokens.get(i).start(), tokens.get(i + length - 1).end(), values);
    }

    private static boolean matches(List<String> words, List<Token> tokens, int from) {
        // Short words in capitals only match inside a longer phrase ("NEW JERSEY", "EL SALVADOR"), never alone ("US").
        int minCapitalized = words.size() > 1 ? 1 : 4;
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(from + k);
            String w = words.get(k);
            if (!t.text().equals(w) && !(w.length() >= minCapitalized && !w.equals(w.toUpperCase(Locale.ROOT)) && t.isAllCaps()
                    && t.text().equals(w.toUpperCase(Locale.ROOT)))) return false;
        }
        return true;
    }

    private static String key(String word) {
        return word.toUpperCase(Locale.ROOT);
    }
}
