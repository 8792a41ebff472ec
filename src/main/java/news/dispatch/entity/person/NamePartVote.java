package news.dispatch.entity.person;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicNameGrammar.Agreement;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicNameGrammar.femaleForeign;

/**
 * The nominative of one name part, voted from its case forms in the article: each form votes for every nominative
 * it may be a case of, and ties go by the case agreement of given name and surname, the name tables and the forms
 * the article writes.
 */
final class NamePartVote {
    private final CrossScriptNames names;
    private final ForeignFinalVowels foreignFinals;

    NamePartVote(CrossScriptNames names, ForeignFinalVowels foreignFinals) {
        this.names = names;
        this.foreignFinals = foreignFinals;
    }

    /**
     * The nominative of one name part from its forms in the article: the candidate most forms may stand for, then
     * one that is a known name part, then one the article writes (measured on the BSNLP dev stories: preferring the
     * written form names more persons right than preferring the derived one, F1 0.71 against 0.66). The lone
     * mentions of the person (a surname written alone) tell whether a foreign name's final vowel was lost.
     */
    String nominative(List<Word> forms, String language, Set<Integer> obliqueAt, Agreement agreement, List<Word> alone) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Set<String> written = new HashSet<>();
        for (Word w : forms) {
            if (w.initial()) continue;
            String form = femaleForeign(w.text(), language);
            boolean oblique = obliqueAt.contains(w.start()) || SlavicInflections.oblique(form, language);
            if (!oblique) written.add(w.text());
            List<String> candidates = SlavicInflections.nominatives(form, language);
            for (String candidate : candidates) {
                if (!oblique || !candidate.equals(form) || candidates.size() == 1) votes.merge(candidate, 1, Integer::sum);
            }
        }
        if (votes.isEmpty()) return forms.getFirst().text().substring(0, 1);
        // A Polish woman's given name counts as known: the tables seldom list one (Marty is Marta's genitive).
        Comparator<Map.Entry<String, Integer>> known = Comparator.comparing(e -> names.isNamePart(e.getKey(), language)
                || PolishWomensGivenNames.nominative(e.getKey(), language));
        Comparator<Map.Entry<String, Integer>> asWritten = Comparator.comparing(e -> written.contains(e.getKey()));
        // The name parts table is Russian Wikidata's: a Ukrainian spelling (і, ї, є, Вара beside Вар) is judged by its
        // transliteration only, so there the written form comes first (uk persons F1 0.732 -> 0.785 per article on
        // the dev stories; for the other languages the order as it was measured higher).
        Comparator<Map.Entry<String, Integer>> tie = "uk".equals(language) ? asWritten.thenComparing(known) : known.thenComparing(asWritten);
        tie = agreement.order(written, language).thenComparing(tie);
        String chosen = votes.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(tie)).orElseThrow().getKey();
        Set<String> seen = new HashSet<>(written);
        for (Word w : alone) {
            if (!w.initial() && !obliqueAt.contains(w.start()) && !SlavicInflections.oblique(w.text(), language)) seen.add(w.text());
        }
        return foreignFinals.restored(chosen, seen, language);
    }
}
