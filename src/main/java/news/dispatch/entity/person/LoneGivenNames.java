package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import news.dispatch.entity.text.NameFold;

/**
 * A given name named alone in Slavic articles only ("Boris", "Borisa", "Theresa") joins the one person of the index
 * whose name of two words or more starts with it, written so or with a case ending; beside two such persons
 * (Boris Johnson, Boris Nemtsov) it stays as it is, and so does a word that also ends names of the index in a
 * fifth of that person's articles or more (it may be a surname) or one in as many articles as that person's full
 * name. Measured on the BSNLP dev stories: without
 * that last condition, "Mohamed" (the Prophet, in 50 articles) went to "Mohamed Cely" and persons F1 fell from
 * 0.820 to 0.805.
 *
 * <p>A given name titled-names.tsv lists for one person named by title and given name (Franciszek: Pope Francis) is
 * that person when a Slavic article names them, without the title in its own article: on the dev stories the one
 * lone Franciszek of that kind stood in an article without "papież" (+1 person found, no false merge).
 */
final class LoneGivenNames {
    private LoneGivenNames() {
    }

    /**
     * @param articles   every person name of the index and the number of articles holding it
     * @param slavic     the names that only articles in a Slavic language hold (the only names that may join), and
     *                   those any Slavic article holds
     * @param out        the variants and names of the groups so far, to which the lone given names' joins are added
     */
    static void join(Map<String, Integer> articles, SlavicOnlyNames slavic, SortedMap<String, String> out) {
        Set<String> slavicOnly = slavic.names();
        Set<String> namedInSlavic = PartialNameJoins.namedInFull(slavic, out);
        Map<String, Set<String>> personsOfGiven = new HashMap<>();
        Map<String, Integer> fullNameArticles = new HashMap<>();
        // The persons by the spelling key of their given name ({@link #spellingKey}).
        Map<String, Set<String>> personsOfSpelling = new HashMap<>();
        // The articles of the names each word ends: a surname it may be.
        Map<String, Integer> surnames = new HashMap<>();
        for (String name : articles.keySet()) {
            String person = out.getOrDefault(name, name);
            String[] words = NameFold.fold(person).split(" ");
            if (words.length < 2) continue;
            surnames.merge(words[words.length - 1], articles.get(name), Integer::sum);
            if (words[0].length() >= 3) {
                personsOfGiven.computeIfAbsent(words[0], k -> new TreeSet<>()).add(person);
                personsOfSpelling.computeIfAbsent(spellingKey(words[0]), k -> new TreeSet<>()).add(person);
            }
            // And by the given name of a spelling that went to it (Elizabet of Elizabet Vtora: Queen Elizabeth II), of
            // no more words: a longer one had a word glued before it ("BioNTech Ugur Sahin" of Uğur Şahin), no given name.
            String[] spelt = NameFold.fold(name).split(" ");
            if (spelt.length >= 2 && spelt.length <= words.length && spelt[0].length() >= 3) {
                personsOfGiven.computeIfAbsent(spelt[0], k -> new TreeSet<>()).add(person);
            }
            // Named in full in the articles of all its spellings of two words or more (Elizabet Vtora, Elizabet Ii).
            if (spelt.length >= 2) fullNameArticles.merge(person, articles.get(name), Integer::sum);
        }
        for (String name : new TreeSet<>(slavicOnly)) {
            if (out.containsKey(name) || !articles.containsKey(name) || name.contains(" ")) continue;
            String lone = NameFold.fold(name);
            if (joinTitled(name, lone, personsOfGiven, namedInSlavic, out)) continue;
            String given = personsOfGiven.containsKey(lone) ? lone : null;
            for (int cut = 1; given == null && cut <= 2 && lone.length() - cut >= 3; cut++) {
                String stem = lone.substring(0, lone.length() - cut);
                if (personsOfGiven.containsKey(stem) && CaseEndings.caseOf(lone, stem)) given = stem;
            }
            if (given == null) continue;
            // A person the Slavic articles name in full, not one only the English articles name ({@link PartialNameJoins#namedInFull}).
            Set<String> persons = new TreeSet<>(personsOfGiven.getOrDefault(given, Set.of()));
            // And every person whose given name is another spelling of it (Volodimir: Volodymyr Zelensky, Vladimir
            // Putin): the word names any of them, so it names none alone.
            persons.addAll(personsOfSpelling.getOrDefault(spellingKey(given), Set.of()));
            persons.retainAll(namedInSlavic);
            // A word that also ends names of the index may be a surname, unless those names are a slip or two beside
            // the person it opens ("Alexander Boris", "Bojko Boris" in 2 articles; Boris Johnson in 200).
            int asSurname = surnames.getOrDefault(given, 0) + (given.equals(lone) ? 0 : surnames.getOrDefault(lone, 0));
            if (asSurname > 0 && (persons.size() != 1
                    || fullNameArticles.getOrDefault(persons.iterator().next(), 0) < PartialNameJoins.LONE_MAJORITY * asSurname)) continue;
            // A given name alone names someone the articles name in full more often (Theresa: Theresa May); the
            // Prophet's "Mohamed" in 50 articles is no "Mohamed Cely" of one. Only when that person is the one so
            // named: the most frequent Charles (Charles Michel) is no lone "Charles" (the Prince of Wales).
            if (persons.size() == 1 && fullNameArticles.getOrDefault(persons.iterator().next(), 0) > articles.get(name)) {
                out.put(name, persons.iterator().next());
            }
        }
    }

    /**
     * One key for the spellings of a given name: its group of given-name-variants.tsv, with the romanizations' letters
     * made one ({@link NameSpellings#surnameKey}: y before a consonant is i, w is v), so that a transliteration the
     * table does not list meets the one it does (Volodimir, Volodymyr, Vladimir; Wolodymyr).
     */
    static String spellingKey(String folded) {
        NameSpellings spellings = NameSpellings.standard();
        String listed = spellings.isListed(folded) ? folded : NameSpellings.surnameKey(folded);
        return NameSpellings.surnameKey(spellings.givenKey(listed));
    }

    /**
     * A given name titled-names.tsv lists for one person named by title and given name (Franciszek, Franciszkowi:
     * Pope Francis) is that person when some Slavic article names them and no name of the index opens with the word
     * (a Franciszek Smuda would make it anyone's). True when it joined.
     */
    private static boolean joinTitled(String name, String lone, Map<String, Set<String>> personsOfGiven,
                                      Set<String> namedInSlavic, SortedMap<String, String> out) {
        if (lone.length() < 4) return false;
        var person = TitledNames.standard().personOfGivenName(lone);
        if (person.isEmpty() || !namedInSlavic.contains(person.get())) return false;
        String stem = CaseEndings.withoutCase(lone);
        if (personsOfGiven.containsKey(lone) || personsOfGiven.containsKey(stem)) return false;
        out.put(name, person.get());
        return true;
    }
}
