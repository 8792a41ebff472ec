package news.dispatch.entity.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known names of one language found in a text however they are inflected or prefixed there ({@link WordForms}):
 * "Wielkiej Brytanii" for Wielka Brytania, "Росії" for Росія, "والعراق" for العراق. Each name is matched word by
 * word; the longest name starting at a word wins, so "Irlandii Północnej" is Northern Ireland before "Irlandii" can
 * be Ireland. A name word written with a capital needs a capital in the text (rosyjski is an adjective, Rosji the
 * country), an acronym its exact spelling. Immutable once built; thread-safe to read.
 *
 * @param <T> what a name stands for
 */
public final class InflectedNames<T> {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /** Words of one name are separated by spaces, a hyphen, a no-break space or an abbreviation's dot ("Wlk. Brytania"). */
    private static final Pattern GAP = Pattern.compile("[\\s\\u00A0.-]{1,3}");

    private record Entry<T>(String name, List<String> words, List<String> keys, T value) {
    }

    /** A name found: its span in the text, the listed name it matched and what that name stands for. */
    public record NameMatch<T>(int start, int end, String name, T value) {
    }

    private record Word(String text, int start, int end) {
    }

    private final WordForms forms;
    private final Map<String, List<Entry<T>>> byFirstKey = new HashMap<>();

    public InflectedNames(WordForms forms) {
        this.forms = forms;
    }

    /** Adds a name; the first value added for the same spelling wins. */
    public void add(String name, T value) {
        List<String> words = words(name).stream().map(Word::text).toList();
        if (words.isEmpty()) return;
        List<String> keys = words.stream().map(forms::key).toList();
        List<Entry<T>> entries = byFirstKey.computeIfAbsent(keys.getFirst(), k -> new ArrayList<>());
        if (entries.stream().noneMatch(e -> e.words().equals(words))) entries.add(new Entry<>(name, words, keys, value));
    }

    public List<NameMatch<T>> find(String text) {
        List<Word> words = words(text);
        List<NameMatch<T>> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Entry<T> best = null;
            for (String key : forms.keysOf(words.get(i).text())) {
                for (Entry<T> e : byFirstKey.getOrDefault(key, List.of())) {
                    if ((best == null || e.words().size() > best.words().size()) && matches(e, text, words, i)) best = e;
                }
            }
            if (best == null) continue;
            Word last = words.get(i + best.words().size() - 1);
            hits.add(new NameMatch<>(words.get(i).start(), last.end(), best.name(), best.value()));
            i += best.words().size() - 1;
        }
        return hits;
    }

    private boolean matches(Entry<T> e, String text, List<Word> words, int from) {
        if (from + e.words().size() > words.size()) return false;
        for (int j = 0; j < e.words().size(); j++) {
            Word w = words.get(from + j);
            if (j > 0 && !GAP.matcher(text).region(words.get(from + j - 1).end(), w.start()).matches()) return false;
            String nameWord = e.words().get(j);
            if (SlavicWordForms.isAcronym(nameWord) && Character.isUpperCase(nameWord.codePointAt(0))) {
                if (!w.text().equals(nameWord)) return false;
                continue;
            }
            if (Character.isUpperCase(nameWord.codePointAt(0)) && !Character.isUpperCase(w.text().codePointAt(0))) return false;
            String key = e.keys().get(j);
            if (!forms.keysOf(w.text()).contains(key) || !forms.accepts(nameWord, key, w.text())) return false;
        }
        return true;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(new Word(m.group(), m.start(), m.end()));
        return words;
    }
}
