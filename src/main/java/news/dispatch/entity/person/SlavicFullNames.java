package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.dispatch.entity.language.CommonWords;
import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicCandidates.Candidate;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicNameGrammar.undeclined;
import static news.dispatch.entity.person.SlavicPersons.CYRILLIC_LANGUAGES;
import static news.dispatch.entity.person.SlavicWords.ROMAN;
import static news.dispatch.entity.person.SlavicWords.adjacent;

/**
 * The full names among the candidate runs of a Slavic article: each run of two or three words cut to the name it
 * holds (a word glued before or after a name dropped; two surnames side by side read as two persons; a run of two
 * scripts, a place of two words or a foreign firm's Latin words in a Cyrillic article kept out). Apart from finding
 * the runs because these rules weigh all runs of the article at once: the pairs it writes, the words it writes alone.
 */
final class SlavicFullNames {
    /** The full names kept, in text order, and the words of runs read as two persons' surnames, each alone. */
    record Cut(List<List<Word>> fullNames, List<Candidate> lone) {
    }

    private final SlavicCues cues;
    private final SlavicNameParts nameParts;
    private final SlavicPlaces placeWords;

    SlavicFullNames(SlavicCues cues, SlavicNameParts nameParts, SlavicPlaces placeWords) {
        this.cues = cues;
        this.nameParts = nameParts;
        this.placeWords = placeWords;
    }

    /** The runs of two words or more cut to the full names they hold. */
    Cut cut(List<Candidate> candidates, List<Word> words, String language) {
        List<List<Word>> full = new ArrayList<>();
        List<Candidate> lone = new ArrayList<>();
        // The names of two words the article writes, by the stems of both: a third word before one is no part of it
        // ("Brukseli Mateusz Morawiecki" beside "Mateusz Morawiecki"), nor is a surname of one before another name
        // ("Bibiové Saif Mulúk": Bibi's, then Saif Mulúk's).
        Set<String> pairs = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        Map<String, Set<String>> pairsOfSurname = new HashMap<>();
        Map<String, Integer> pairCounts = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.words().size() != 2) continue;
            String pair = pair(c.words().get(0), c.words().get(1), language);
            pairs.add(pair);
            pairCounts.merge(pair, 1, Integer::sum);
            String surname = SlavicInflections.stem(c.words().get(1).text(), language);
            surnames.add(surname);
            pairsOfSurname.computeIfAbsent(surname, k -> new HashSet<>()).add(pair);
        }
        Set<String> aloneStems = aloneStems(words, language);
        Set<Integer> afterTitle = afterTitle(words);
        for (Candidate c : candidates) {
            if (c.words().size() < 2) continue;
            List<Word> named = c.words();
            // Two surnames of two other full names of the article side by side, written so once, are two persons, not
            // one ("a Trumpovi Putin odpovedal": Trump's dative, Putin's nominative; "Merkelové Putin"): the free word
            // order puts them so. A name the article writes twice (Jeremy Corbyn, Jeremyja Corbyna) is one.
            if (named.size() == 2 && pairCounts.getOrDefault(pair(named.get(0), named.get(1), language), 0) == 1
                    && surnameOfAnother(named.get(0), named, pairsOfSurname, language)
                    && surnameOfAnother(named.get(1), named, pairsOfSurname, language)) {
                named.forEach(w -> lone.add(new Candidate(List.of(w), false)));
                continue;
            }
            // A capitalised word before a name ("Brexit Michel Barnier", "Unii Angela Merkel") is no part of it; nor is
            // one the article writes alone elsewhere, no name part Wikidata knows, when the two words do not share a
            // case ("Szkocji Nicola Sturgeon" beside "Szkocja"; "Мухаммед Афзал Кадри" beside the Prophet's "Мухаммед"
            // stays), nor one in the other script ("Cockpit Інгольф Шумахер", "Ryanair Девіда Бондермана").
            // A title right before the run says where the name starts: its first word stays even when Wikidata does not
            // know it ("генерал Камар Джавед Баджва"), if it is undeclined, as the given name of a foreign name is, no
            // word of the dictionary and not written alone in the article: "šéf Ryanairu Michael O'Leary" is the
            // title's genitive, "kanclerz Niemiec Angela Merkel" a common word's (a German; of Germany).
            while (named.size() > 2 && (!nameParts.namePart(named.getFirst(), language) && nameParts.namePart(named.get(1), language)
                    && !namedAfterTitle(named.getFirst(), afterTitle, aloneStems, language)
                    || pairs.contains(pair(named.get(1), named.get(2), language))
                    || surnames.contains(SlavicInflections.stem(named.getFirst().text(), language))
                    || gluedBefore(named, language, aloneStems)
                    || CrossScriptNames.isCyrillic(named.get(0).text()) != CrossScriptNames.isCyrillic(named.get(1).text()))) {
                named = named.subList(1, named.size());
            }
            // Nor is a word after a name the article writes alone ("Lukáš Vaněk Britská" beside "Lukáš Vaněk"); and
            // the words of one name agree in case, so a declined word before two undeclined ones belongs to the words
            // before ("Пенджаба Салман Тасир": Punjab's governor Salman Taseer), as does one after them in a case no
            // nominative has (an ambiguous ending may be a foreign surname's own: Muhammad Afzal Qadri).
            if (named.size() == 3 && (pairs.contains(pair(named.get(0), named.get(1), language))
                    || undeclined(named.get(0), language) && undeclined(named.get(1), language)
                    && SlavicInflections.oblique(named.get(2).text(), language))) {
                named = named.subList(0, 2);
            }
            else if (named.size() == 3 && !undeclined(named.get(0), language) && undeclined(named.get(1), language)
                    && undeclined(named.get(2), language) && !womanWithTwoSurnames(named.getFirst(), language)) {
                named = named.subList(1, 3);
            }
            // In a Cyrillic article, Latin capitals are mostly the names of foreign firms and media (Deutsche Welle,
            // Vereinigung Cockpit): there a name needs a part Wikidata knows, or a title before it.
            boolean foreign = CYRILLIC_LANGUAGES.contains(language) && !CrossScriptNames.isCyrillic(named.getFirst().text());
            // A person's name is written in one script: words of two (Об’єднання Cockpit, Меллону Manx) are none; a
            // regnal number is a word of neither (Елизавета II).
            boolean mixed = named.stream().filter(w -> !ROMAN.matcher(w.text()).matches())
                    .map(w -> CrossScriptNames.isCyrillic(w.text())).distinct().count() > 1;
            if (!mixed && !placeWords.longPlace(named, language) && (!foreign || c.cued() || named.stream().anyMatch(w -> nameParts.namePart(w, language)))) full.add(named);
        }
        return new Cut(full, lone);
    }

    /**
     * Croatian and Slovak women often bear two surnames, neither declined (Marija Pejčinović Burić, Lucia Ďuriš
     * Nicholsonová): a given name in -a that Wikidata knows opens such a name and is no genitive before it.
     */
    private boolean womanWithTwoSurnames(Word first, String language) {
        return ("hr".equals(language) || "sk".equals(language)) && first.text().endsWith("a") && nameParts.namePart(first, language);
    }

    /**
     * Stems of the capitalised words the article writes inside a sentence with no capitalised word beside them
     * (Szkocji, Londynie, Кремля): words it uses on their own.
     */
    private static Set<String> aloneStems(List<Word> words, String language) {
        Set<String> stems = new HashSet<>();
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            if (!w.capital() || w.sentenceStart()) continue;
            boolean before = k > 0 && (words.get(k - 1).capital() || words.get(k - 1).initial()) && adjacent(words.get(k - 1), w);
            boolean after = k + 1 < words.size() && words.get(k + 1).capital() && adjacent(w, words.get(k + 1));
            if (!before && !after) stems.add(SlavicInflections.stem(w.text(), language));
        }
        return stems;
    }

    private static boolean namedAfterTitle(Word first, Set<Integer> afterTitle, Set<String> aloneStems, String language) {
        return afterTitle.contains(first.start()) && undeclined(first, language)
                && !(CommonWords.reads(language) && CommonWords.common(first.text(), language))
                && !aloneStems.contains(SlavicInflections.stem(first.text(), language));
    }

    /** Starts of the capitalised words right after a title (генерал, premier, президент): where a name opens. */
    private Set<Integer> afterTitle(List<Word> words) {
        Set<Integer> starts = new HashSet<>();
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k).capital() && cues.isCue(words.get(k - 1)) && adjacent(words.get(k - 1), words.get(k))) {
                starts.add(words.get(k).start());
            }
        }
        return starts;
    }

    /** The word's stem is the surname of a full name of two words the article writes other than these words. */
    private static boolean surnameOfAnother(Word w, List<Word> named, Map<String, Set<String>> pairsOfSurname, String language) {
        String own = pair(named.get(0), named.get(1), language);
        return pairsOfSurname.getOrDefault(SlavicInflections.stem(w.text(), language), Set.of()).stream()
                .anyMatch(p -> !p.equals(own));
    }

    /**
     * The first of three or more words is glued to the name after it: the article writes it alone elsewhere, it is
     * no name part Wikidata knows, and it does not share a case with the next word (both undeclined, as in
     * "Мухаммед Афзал Кадри", they may be one name; before an initial, "Jože P. Damijan", they are).
     */
    private boolean gluedBefore(List<Word> named, String language, Set<String> aloneStems) {
        Word first = named.get(0);
        Word next = named.get(1);
        return !next.initial() && !nameParts.namePart(first, language) && !(undeclined(first, language) && undeclined(next, language))
                && aloneStems.contains(SlavicInflections.stem(first.text(), language));
    }

    private static String pair(Word first, Word second, String language) {
        return SlavicInflections.stem(first.text(), language) + " " + SlavicInflections.stem(second.text(), language);
    }
}
