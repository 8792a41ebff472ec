package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicNameGrammar.sameCaseEnding;

/**
 * A Polish street or body named after a person (polish-named-after-words.txt): "ul. Piotra Skargi", "szpital im.
 * Jana Pawła II", "Instytut Roberta Kocha". The person's name stands in the genitive after the street's or body's
 * noun and is part of that name, so it names no person of the article (on the gold-less BSNLP stories four Polish
 * person values were such names). In every language read here, likewise, a quoted English name with a possessive
 * inside (Hart's Location).
 */
final class NamedAfterPersons {
    private final List<String> streetWords = new ArrayList<>();
    private final List<String> bodyWords = new ArrayList<>();

    NamedAfterPersons() {
        List<String> section = streetWords;
        for (String line : GazetteerFile.lines("polish-named-after-words.txt")) {
            String word = line.strip();
            if (word.equals("[street]")) section = streetWords;
            else if (word.equals("[body]")) section = bodyWords;
            else section.add(word);
        }
    }

    /**
     * The capitalised words from {@code i} to {@code j} name a street (after a street's word or "im.", however
     * written) or a body (its noun, written capitalised, opens the run and the name after it is declined).
     */
    boolean named(List<Word> words, int i, int j, String language) {
        if (englishPossessiveBefore(words, i, j)) return true;
        if (!"pl".equals(language)) return false;
        // The body's noun opens the run itself: "Instytut Roberta Kocha".
        if (j - i >= 3 && matches(bodyWords, words.get(i), false) && sameCaseEnding(words.get(i + 1), words.get(i + 2), language)) return true;
        // A street's noun opening the run ("Ulica Adama Mickiewicza"); not an abbreviation, which may be a given name (Al Gore).
        if (j - i >= 2 && matches(streetWords, words.get(i), false)) return true;
        if (i == 0) return false;
        // One space, or an abbreviation's full stop and a space ("ul. Piotra Skargi"), after a word in lower case.
        Word before = words.get(i - 1);
        int gap = words.get(i).start() - before.end();
        return gap >= 1 && gap <= 2 && !before.capital() && matches(streetWords, before, true);
    }

    /**
     * An English possessive 's before another capitalised word of the run names a place or body after a person as
     * English writes it (Hart's Location, King's College, Moody's Investors, People's Vote), in every language read
     * here: none of them declines a name with 's, so the run is quoted English, and a person's name has no 's inside.
     * A possessive ending the run (Farage's) may be the person's, and stays.
     */
    static boolean englishPossessiveBefore(List<Word> words, int i, int j) {
        for (int k = i; k < j - 1; k++) {
            String text = words.get(k).text();
            if (text.length() > 3 && (text.endsWith("'s") || text.endsWith("’s"))) return true;
        }
        return false;
    }

    private static boolean matches(List<String> list, Word w, boolean abbreviations) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        for (String entry : list) {
            if (entry.startsWith("=") ? abbreviations && lower.equals(entry.substring(1))
                    : lower.startsWith(entry) && lower.length() - entry.length() <= 3) return true;
        }
        return false;
    }
}
