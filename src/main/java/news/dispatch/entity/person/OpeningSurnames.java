package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicCandidates.Candidate;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicWords.adjacent;

/**
 * In-document coreference for a surname opening a sentence: a capitalised word standing alone at a sentence's start
 * ("Барньє пояснив…", "Мей визнала…") whose stem, in whatever case, is the surname of a full name the same article
 * gives ("Мішель Барньє") is a mention of that person. A capital there proves nothing by itself, so the word is kept
 * only when the article never writes it in lower case: an opener that is also a common word ("Ale", "Той") is not
 * taken even when it spells like a surname.
 */
final class OpeningSurnames {
    private OpeningSurnames() {
    }

    /**
     * The lone sentence openers not already among the candidates that end one of the full names in their stem, as
     * one-word candidates for the full names' persons.
     */
    static List<Candidate> of(List<Word> words, List<List<Word>> fullNames, List<Candidate> candidates, String language,
                              Set<String> lowerWords) {
        Set<String> surnames = new HashSet<>();
        for (List<Word> name : fullNames) surnames.add(SlavicInflections.stem(name.getLast().text(), language));
        if (surnames.isEmpty()) return List.of();
        Set<Integer> taken = new HashSet<>();
        for (Candidate c : candidates) c.words().forEach(w -> taken.add(w.start()));
        List<Candidate> found = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            if (!w.sentenceStart() || !w.capital() || taken.contains(w.start()) || w.text().length() < 3) continue;
            // Alone: a capitalised word right after it would make the opener part of a longer run, read elsewhere.
            if (k + 1 < words.size() && (words.get(k + 1).capital() || words.get(k + 1).initial())
                    && adjacent(w, words.get(k + 1))) continue;
            if (lowerWords.contains(w.text().toLowerCase(Locale.ROOT))) continue;
            if (surnames.contains(SlavicInflections.stem(w.text(), language))) found.add(new Candidate(List.of(w), false));
        }
        return found;
    }
}
