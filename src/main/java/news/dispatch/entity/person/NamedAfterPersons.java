package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicNameGrammar.sameCaseEnding;
import static news.dispatch.entity.person.SlavicWords.adjacent;

/**
 * A person's name inside the name of a body or a place named after that person is no mention of the person:
 * "Letiště Václava Havla", "Institut Jožef Stefan", "ul. Piotra Skargi", "Instytut Roberta Kocha", "Институт имени
 * Роберта Коха", "Hart's Location". The BSNLP guidelines tag only the top-most entity, the airport or the institute.
 * One class for the idea, and its words in one file (named-after-words.tsv, a kind per row saying which rule a word
 * serves): runs of capitals are dropped before they become candidates ({@link #named}), and a found mention right
 * after "имени" / "им." is dropped on the text ({@link #afterNamedAfterWord}), as only the text tells the
 * abbreviation's full stop.
 */
final class NamedAfterPersons {
    private final SlavicCues cues;
    private final Map<String, Set<String>> kinds = kinds();

    NamedAfterPersons(SlavicCues cues) {
        this.cues = cues;
    }

    private static Map<String, Set<String>> kinds() {
        Map<String, Set<String>> kinds = new HashMap<>();
        for (var row : GazetteerFile.tsv("named-after-words.tsv")) {
            kinds.computeIfAbsent(row.get("kind"), k -> new HashSet<>()).add(row.get("word"));
        }
        return kinds;
    }

    private Set<String> kind(String kind) {
        return kinds.getOrDefault(kind, Set.of());
    }

    /** The capitalised words from {@code i} to {@code j} name a body or a place after a person, not the person. */
    boolean named(List<Word> words, int i, int j, String language) {
        return airportsName(words, i, j, language) || englishPossessiveBefore(words, i, j)
                || "pl".equals(language) && polishStreetsOrBodysName(words, i, j, language);
    }

    /**
     * The words name an airport (or another body or place: an institute, a university, a square, a street) after a
     * person: they follow its word written capitalised, as part of the name ("Letiště Václava Havla", "Zračna luka
     * Franjo Tuđman", "Letališče Marco Polo"), or they follow one in lower case and the name is declined, given name
     * and surname in one case ("letališčem Edvarda Rusjana"); a spokesman's nominative after a genitive ("mluvčí
     * letiště Roman Novák") is no airport's name. On the dev stories: 14 names in cs and sl found as persons were
     * airports, and no person was lost.
     */
    private boolean airportsName(List<Word> words, int i, int j, String language) {
        if (i > 0 && airport(words.get(i - 1)) && adjacent(words.get(i - 1), words.get(i))) {
            Word before = words.get(i - 1);
            return before.capital() || j - i >= 2 && sameCaseEnding(words.get(i), words.get(i + 1), language)
                    && !(bodyOrPlace(before) && cueBefore(words, i - 1));
        }
        // Croatian "Zračna luka" (the air port): the capitalised word two before, the port's noun between.
        if (i > 1 && airport(words.get(i - 2)) && words.get(i - 2).capital() && !words.get(i - 1).capital()
                && words.get(i - 1).text().toLowerCase(Locale.ROOT).matches("lu[kc]\\p{L}{0,3}")) return true;
        // The airport's word opens the run itself: the words after it are its name. An institution's or a square's
        // name is one or two words; more are its name and then one of its people (Університету Аризони Діпта
        // Бхаттачарʼя), whom the later steps find.
        return airport(words.get(i)) && j - i >= 2 && (!bodyOrPlace(words.get(i)) || j - i <= 3);
    }

    /** A word for an airport or for another body or place that bears a person's name, in any case form. */
    private boolean airport(Word w) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        return kind("airport").stream().anyMatch(lower::startsWith) || bodyOrPlace(w);
    }

    /**
     * A word for an institution or a place other than an airport that often bears a person's name (institute,
     * university, square, street). Unlike an airport, such a body is also named by a place or a founder's name and
     * then followed by one of its people ("Univerzity Karlovy Michala Romancova").
     */
    private boolean bodyOrPlace(Word w) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        return kind("body-or-place").stream().anyMatch(lower::startsWith);
    }

    /**
     * A title or a professor (no cue elsewhere, as a lone surname after it is rarely his) stands in the four words
     * before the institution's word at {@code at}: a name in the title's case after the institution is the titled
     * person ("profesora z tamější univerzity Yuena Kwok-yunga"), not the body's name.
     */
    private boolean cueBefore(List<Word> words, int at) {
        for (int k = Math.max(0, at - 4); k < at; k++) {
            String lower = words.get(k).text().toLowerCase(Locale.ROOT);
            if (cues.isCue(words.get(k)) || lower.startsWith("prof") || lower.startsWith("проф")) return true;
        }
        return false;
    }

    /**
     * A Polish street (after a street's word or "im.", however written) or body (its noun, written capitalised, opens
     * the run and the name after it is declined): Polish puts the person's name in the genitive after the noun ("ul.
     * Piotra Skargi", "szpital im. Jana Pawła II", "Instytut Roberta Kocha"). On the gold-less BSNLP stories four
     * Polish person values were such names.
     */
    private boolean polishStreetsOrBodysName(List<Word> words, int i, int j, String language) {
        // The body's noun opens the run itself: "Instytut Roberta Kocha".
        if (j - i >= 3 && polishStem(kind("polish-body"), words.get(i)) && sameCaseEnding(words.get(i + 1), words.get(i + 2), language)) return true;
        // A street's noun opening the run ("Ulica Adama Mickiewicza"); not an abbreviation, which may be a given name (Al Gore).
        if (j - i >= 2 && polishStem(kind("polish-street"), words.get(i))) return true;
        if (i == 0) return false;
        // One space, or an abbreviation's full stop and a space ("ul. Piotra Skargi"), after a word in lower case.
        Word before = words.get(i - 1);
        int gap = words.get(i).start() - before.end();
        return gap >= 1 && gap <= 2 && !before.capital() && (polishStem(kind("polish-street"), before)
                || kind("polish-street-word").contains(before.text().toLowerCase(Locale.ROOT)));
    }

    /** The word starts with one of the stems and has no more than three letters after it (ulicy, not placówka). */
    private static boolean polishStem(Set<String> stems, Word w) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        return stems.stream().anyMatch(stem -> lower.startsWith(stem) && lower.length() - stem.length() <= 3);
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

    /** How far back from the mention the named-after word may stand: the word and a few initials. */
    private static final int REACH = 24;

    /**
     * The text right before {@code start}, past spaces and initials (Н. Ф.) and a title in the genitive (академика),
     * is "имени" / "им." (uk "імені" / "ім."): the name names the body called after the person ("НИЦЭМ им. Н. Ф.
     * Гамалеи"). Read on the text, as the abbreviation's full stop tells it from the pronoun "им"; "имени" after a
     * preposition or a possessive is the noun "name" ("от имени Байдена") and leaves the person a person.
     */
    boolean afterNamedAfterWord(String text, int start) {
        int end = skipInitials(text, start);
        if (end < 0) return false;
        int from = wordStart(text, end);
        if (from < end && kind("title").contains(text.substring(from, end))) {
            // A title between the named-after word and the name (имени академика Н. Ф. Гамалеи): look one word further.
            end = from;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            from = wordStart(text, end);
        }
        if (from == end || !kind("named-after").contains(text.substring(from, end).toLowerCase(Locale.ROOT))) return false;
        int before = from;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) before--;
        int previous = wordStart(text, before);
        return !kind("name-sense").contains(text.substring(previous, before).toLowerCase(Locale.ROOT));
    }

    /** The end of the word before {@code start}, past spaces and initials; -1 when the initials reach too far. */
    private static int skipInitials(String text, int start) {
        int i = start;
        while (true) {
            int k = i;
            while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) k--;
            boolean initial = k >= 2 && text.charAt(k - 1) == '.' && Character.isUpperCase(text.charAt(k - 2))
                    && (k == 2 || !Character.isLetter(text.charAt(k - 3)));
            if (!initial) return k;
            i = k - 2;
            if (start - i > REACH) return -1;
        }
    }

    /** The start of the word (an abbreviation's full stop included) that ends at {@code end}. */
    private static int wordStart(String text, int end) {
        int from = end;
        if (from > 0 && text.charAt(from - 1) == '.') from--;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) from--;
        return from;
    }
}
