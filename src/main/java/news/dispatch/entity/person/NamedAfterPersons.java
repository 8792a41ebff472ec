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
 * person values were such names).
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

    private static boolean matches(List<String> list, Word w, boolean abbreviations) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        for (String entry : list) {
            if (entry.startsWith("=") ? abbreviations && lower.equals(entry.substring(1))
                    : lower.startsWith(entry) && lower.length() - entry.length() <= 3) return true;
        }
        return false;
    }
}
