package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import news.dispatch.entity.language.CommonWords;
import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicWords.adjacent;

/**
 * Whether a capitalised word opening a sentence opens a name: every sentence's first word is capitalised, so it is a
 * name only when the article supports it as one, elsewhere or by what follows the run it opens.
 */
final class SentenceOpeners {
    private final SlavicCues cues;
    private final SlavicNameParts nameParts;

    SentenceOpeners(SlavicCues cues, SlavicNameParts nameParts) {
        this.cues = cues;
        this.nameParts = nameParts;
    }

    /**
     * The first word of the run from {@code runStart} to {@code runEnd}, opening a sentence, is a name's: supported
     * by the article, or the given name before a name the article supports, or the opener of a name that follows.
     */
    boolean opensName(List<Word> words, int runStart, int runEnd, String language, Set<String> lowerWords,
                      Set<String> capitalStems, Map<String, Integer> pairCounts) {
        Word w = words.get(runStart);
        return supported(w, language, lowerWords, capitalStems)
                || CommonWords.reads(language) && runStart + 1 < runEnd && openerOfName(w, words.get(runStart + 1), language,
                lowerWords, capitalStems)
                || !CommonWords.reads(language) && runEnd - runStart == 2 && openerOfRecurringName(w, words.get(runStart + 1),
                lowerWords, pairCounts)
                || runEnd - runStart == 2 && !lowerWords.contains(w.text().toLowerCase(Locale.ROOT))
                && introducedSpeaker(words, runEnd);
    }

    /**
     * A sentence's first word is a name only if the article never writes it lower case, and capitalises it inside a
     * sentence too or it is a name part Wikidata knows ("Theresa May powiedziała…" opening a sentence).
     */
    private boolean supported(Word w, String language, Set<String> lowerWords, Set<String> capitalStems) {
        return !lowerWords.contains(w.text().toLowerCase(Locale.ROOT))
                && (capitalStems.contains(SlavicInflections.stem(w.text(), language)) || nameParts.namePart(w, language)
                || nameParts.listedSurname(w, language));
    }

    /**
     * A sentence's first word is also a given name, where a dictionary tells common words apart ({@link CommonWords}:
     * an adverb opening a sentence is no name there), when the article never writes it in lower case and capitalises
     * the next word inside a sentence too ("Borut Pahor je dejal…" beside "…, je dejal Pahor"). Measured over the dev
     * stories: with the Polish and Ukrainian dictionaries persons F1 rose (pl 0.828 → 0.837, uk 0.820 → 0.827), for
     * the languages without one it fell (cs 0.790 → 0.778, ru 0.807 → 0.790).
     */
    private static boolean openerOfName(Word opener, Word next, String language, Set<String> lowerWords,
                                        Set<String> capitalStems) {
        return !lowerWords.contains(opener.text().toLowerCase(Locale.ROOT))
                && capitalStems.contains(SlavicInflections.stem(next.text(), language));
    }

    /**
     * Where no dictionary tells common words apart, a sentence's first word before one more capitalised word is a given
     * name when the article never writes it in lower case and writes the two words together twice or more: a name
     * recurs whole ("Мишел Барние заяви…" … "Мишел Барние каза"), an adverb before a name seldom with the same name.
     */
    private static boolean openerOfRecurringName(Word opener, Word next, Set<String> lowerWords, Map<String, Integer> pairCounts) {
        return opener.text().length() >= 3 && !lowerWords.contains(opener.text().toLowerCase(Locale.ROOT))
                && pairCounts.getOrDefault(opener.text() + " " + next.text(), 0) >= 2;
    }

    /** How often each two capitalised words stand together, as written: counted once per article. */
    static Map<String, Integer> pairCounts(List<Word> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 0; k + 1 < words.size(); k++) {
            if (words.get(k).capital() && words.get(k + 1).capital() && adjacent(words.get(k), words.get(k + 1))) {
                counts.merge(words.get(k).text() + " " + words.get(k + 1).text(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Two capitalised words opening a sentence are a name when what follows says who they are: a verb of saying
     * ("Дейвид Дейвис заяви…", "Saif Mulúk uvedl…") or, after a comma, a title ("Нисар Шар, адвокат…", "Pavel
     * Svoboda, předseda…"), unless the article writes the opener in lower case too (Вчера, Ale, Муж). Without it an
     * opener is a name only when the article supports it elsewhere.
     */
    private boolean introducedSpeaker(List<Word> words, int after) {
        if (after >= words.size()) return false;
        Word last = words.get(after - 1);
        Word next = words.get(after);
        if (next.capital() || next.initial() || next.sentenceStart()) return false;
        if (adjacent(last, next)) return cues.speechVerb(next);
        // One mark and a space between: a comma (a full stop, colon or semicolon would open a sentence).
        if (next.start() - last.end() != 2 || !next.spaced()) return false;
        if (cues.isCue(next)) return true;
        // A word qualifying the title may stand between ("Pavel Svoboda, bývalý předseda", "Нисар Шар, известният
        // адвокат").
        return after + 1 < words.size() && !next.capital() && adjacent(next, words.get(after + 1))
                && cues.isCue(words.get(after + 1));
    }
}
