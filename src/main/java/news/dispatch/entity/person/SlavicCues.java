package news.dispatch.entity.person;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicWords.adjacent;

/**
 * The lower-case words around or inside a run of capitals that say what the run is: a title cueing a person
 * (slavic-person-cues.txt, and whether it puts the name in an oblique case), or a word of an institution or a firm
 * that breaks the run (slavic-non-person-words.txt, slavic-firm-words.txt). One class for the word lists so each is
 * loaded once and matched one way. The words of bodies and places named after a person are {@link NamedAfterPersons}'.
 */
final class SlavicCues {
    private static final List<String> GERMAN_BODY_ENDINGS = List.of("ung", "schaft", "heit", "keit");

    /** Titles and offices (slavic-person-cues.txt) and the peerage titles, which peerage-titles.tsv lists once. */
    private final Set<String> cues = cues();
    private final Set<String> nonPersonWords = GazetteerFile.words("slavic-non-person-words.txt");
    private final Set<String> firmWords = GazetteerFile.words("slavic-firm-words.txt");
    private final Set<String> speechVerbs = GazetteerFile.words("slavic-speech-verbs.txt");
    private final Set<String> functionWords = GazetteerFile.words("slavic-function-words.txt");
    /** Words that open a place's name with the word after them (Ню, Град) or close one with the word before (Каунти). */
    private final Set<String> placeOpeners = new java.util.HashSet<>();
    private final Set<String> nameClosers = new java.util.HashSet<>();

    SlavicCues() {
        for (var row : GazetteerFile.tsv("slavic-place-name-words.tsv")) {
            ("next".equals(row.get("takes")) ? placeOpeners : nameClosers).add(row.get("word"));
        }
    }

    private static Set<String> cues() {
        Set<String> cues = GazetteerFile.words("slavic-person-cues.txt");
        cues.addAll(PeerageTitles.standard().cues());
        return cues;
    }

    /**
     * A title cueing a person, in any case: a cue of the list followed by at most four letters of an ending. Looked up
     * by the word's last five prefixes rather than by scanning the list: it is asked of every capitalised word of a
     * Slavic article, and the scan held 5 % of a Czech extraction run's CPU samples (JFR; the run's total time moved
     * less than this machine's noise).
     */
    boolean isCue(Word w) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        if (lower.length() < 3) return false;
        for (int end = Math.max(1, lower.length() - 4); end <= lower.length(); end++) {
            if (cues.contains(lower.substring(0, end))) return true;
        }
        return false;
    }

    /**
     * A title in an oblique case (президента, пророка, premiera, ministra) puts the name after it in that case too:
     * "пророка Мухаммеда" names Мухаммед. A title in -a that is a nominative (premierka, królowa, королева) does not;
     * пророка is the cue пророк and -a.
     */
    boolean obliqueCue(String cue, String language) {
        String lower = cue.toLowerCase(Locale.ROOT);
        if ("bg".equals(language)) return false; // Bulgarian names have no cases; премиера is "the prime minister"
        if (SlavicInflections.oblique(lower, language)) return true;
        boolean stemAndA = cues.stream().anyMatch(c -> lower.length() == c.length() + 1 && lower.startsWith(c));
        if (!stemAndA && (lower.endsWith("ka") || lower.endsWith("ка"))) return false; // premierka
        // A woman's title in Croatian -ica or Slovak -yňa is a nominative (predsjednica, pravobraniteljica, hovorkyňa).
        if (lower.endsWith("ica") || lower.endsWith("ňa")) return false;
        if (lower.endsWith("wa") || lower.endsWith("va") || lower.endsWith("na") || lower.endsWith("ва")
                || lower.endsWith("на")) return false;
        return lower.endsWith("a") || lower.endsWith("а") || lower.endsWith("я");
    }

    /** A word of an institution's, a place's or a medium's name (slavic-non-person-words.txt). */
    boolean institutional(Word w, String language) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        if (nonPersonWords.contains("=" + lower)) return true;
        // A foreign word of the list declined in the language (Downing Streetu, Downing Streeta).
        for (String nominative : SlavicInflections.nominatives(lower, language)) {
            if (nominative.length() >= 4 && nonPersonWords.contains("=" + nominative)) return true;
        }
        // German nouns of bodies quoted as written (Vereinigung Cockpit, Bertelsmann Stiftung): no surname ends so.
        if (lower.length() >= 8 && GERMAN_BODY_ENDINGS.stream().anyMatch(lower::endsWith)) return true;
        for (int length = 3; length <= Math.min(lower.length(), 12); length++) {
            String stem = lower.substring(0, length);
            if (nonPersonWords.contains(stem) && (length >= 5 || lower.length() - length <= 3)) return true;
        }
        return false;
    }

    /** A lower-case noun for a firm, a maker or a product in one of its case forms (slavic-firm-words.txt). */
    boolean firmWord(Word w) {
        if (w.capital() || w.initial()) return false;
        String lower = w.text().toLowerCase(Locale.ROOT);
        for (String stem : firmWords) {
            if (lower.startsWith(stem) && lower.length() - stem.length() <= 3) return true;
        }
        return false;
    }

    /**
     * A lower-case verb of saying (slavic-speech-verbs.txt) in any of its forms: news names the speaker right next
     * to it ("– powiedział Rachman", "Olbrycht podkreślił"), often by surname alone.
     */
    boolean speechVerb(Word w) {
        if (w.capital() || w.initial()) return false;
        String lower = w.text().toLowerCase(Locale.ROOT);
        for (String verb : speechVerbs) {
            if (lower.startsWith(verb) && lower.length() - verb.length() <= 2) return true;
        }
        return false;
    }

    /**
     * Croatian forms its past with a participle and the clitic auxiliary, which stands second: after a verb of saying
     * that opens the clause, the auxiliary comes between it and the speaker ("kazao je Capak", "rekli su Vučić i …").
     */
    private static final Set<String> HR_AUXILIARIES = Set.of("je", "su");

    /** The word before the k-th is a verb of saying, or (Croatian) the auxiliary after one ("kazao je Capak"). */
    boolean speechVerbBefore(List<Word> words, int k, String language) {
        if (k < 1 || !adjacent(words.get(k - 1), words.get(k))) return false;
        if (speechVerb(words.get(k - 1))) return true;
        return "hr".equals(language) && k >= 2 && HR_AUXILIARIES.contains(words.get(k - 1).text())
                && adjacent(words.get(k - 2), words.get(k - 1)) && speechVerb(words.get(k - 2));
    }

    /**
     * A conjunction, particle, pronoun or preposition of Russian, Ukrainian or Bulgarian (slavic-function-words.txt)
     * written with a capital: it opens a sentence, and is no word of the name beside it ("Также Трамп", "Ако Тръмп").
     */
    boolean functionWord(Word w) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        return w.capital() && (functionWords.contains(lower) || degreeForm(lower));
    }

    /**
     * Bulgarian writes the comparative and the superlative of an adverb or adjective with the hyphened prefix по- or
     * най- ("По-рано Тръмп заяви", "Най-много Байдън"), Russian its adverbs of manner with по- (По-прежнему): no name
     * is written so.
     */
    private static boolean degreeForm(String lower) {
        return (lower.startsWith("по-") || lower.startsWith("най-")) && lower.length() > 4;
    }

    /** The word opens a place's name together with the capitalised word after it ("Ню Йорк", "Град Уилмингтън"). */
    boolean opensPlace(Word w) {
        return placeOpeners.contains(w.text().toLowerCase(Locale.ROOT));
    }

    /** The word closes a place's or a firm's name together with the word before it ("Антрим Каунти", "Warner Bros"). */
    boolean closesName(Word w) {
        return nameClosers.contains(w.text().toLowerCase(Locale.ROOT));
    }
}
