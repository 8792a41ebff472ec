package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import news.dispatch.entity.person.SlavicWords.Word;

/**
 * "The younger" after a Slavic name (Буш-младший, Джорджа Буша Младшего): not part of the name, but the Jr. English
 * writes after it. Its own class because both the name's base form and the cross-script grouping ask for it.
 */
final class JuniorNames {
    /** The stems of the Slavic words for "the younger" after a name: младший, молодший, mladší, młodszy, mlajši, mlađi. */
    private static final List<String> JUNIOR_STEMS = List.of("младш", "молодш", "mladš", "młodsz", "mlajš", "mlađ");

    private JuniorNames() {
    }

    /**
     * A name of two words or more without its last word "the younger", written apart or after a hyphen (Буш-младший);
     * null when it has none.
     */
    static List<Word> withoutJunior(List<Word> m) {
        Word last = m.getLast();
        if (m.size() >= 3 && junior(last.text())) return m.subList(0, m.size() - 1);
        int hyphen = last.text().lastIndexOf('-');
        if (hyphen <= 0 || !junior(last.text().substring(hyphen + 1))) return null;
        List<Word> without = new ArrayList<>(m.subList(0, m.size() - 1));
        without.add(new Word(last.start(), last.start() + hyphen, last.text().substring(0, hyphen), last.initial(),
                last.capital(), last.sentenceStart(), last.afterColon(), last.spaced()));
        return without;
    }

    /** True for a word "the younger" in any case (младшего, Mladšího): the Jr. of an English name. */
    static boolean junior(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return JUNIOR_STEMS.stream().anyMatch(lower::startsWith);
    }
}
