package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import news.dispatch.entity.text.NameFold;

/**
 * A name of three words or more in Slavic articles only whose words but the first or the last sound like a
 * person named in {@link PartialNameJoins#LONE_MAJORITY} times its articles is that person with a word glued on: a
 * place in a case, a title or an adverb the capitals rule took in (Szkocji Nicola Sturgeon, Taka Tereza Mej, Gunter
 * Jotinger Komisar). {@link GluedWords} does the same for names as written; this one compares sounds, for the
 * spellings joined across scripts.
 */
final class SlavicGluedWords {
    private SlavicGluedWords() {
    }

    /**
     * @param articles   every person name of the index and the number of articles holding it
     * @param slavicOnly the names that only articles in a Slavic language hold: the only names that may join
     * @param out        the variants and names of the groups so far, to which these joins are added
     */
    static void join(Map<String, Integer> articles, Set<String> slavicOnly, SortedMap<String, String> out) {
        Map<String, Set<String>> personsOfSound = new HashMap<>();
        Map<String, Integer> personArticles = new HashMap<>();
        for (String name : articles.keySet()) {
            String person = out.getOrDefault(name, name);
            personArticles.merge(person, articles.get(name), Integer::sum);
            String[] words = NameFold.fold(name).split(" ");
            if (words.length >= 2) personsOfSound.computeIfAbsent(NameSounds.soundOf(words, 0, words.length), k -> new TreeSet<>()).add(person);
        }
        Map<String, String> joined = new TreeMap<>();
        for (String name : new TreeSet<>(slavicOnly)) {
            if (out.containsKey(name) || !articles.containsKey(name)) continue;
            String[] words = NameFold.fold(name).split(" ");
            if (words.length < 3) continue;
            Set<String> persons = new TreeSet<>();
            persons.addAll(personsOfSound.getOrDefault(NameSounds.soundOf(words, 1, words.length), Set.of()));
            persons.addAll(personsOfSound.getOrDefault(NameSounds.soundOf(words, 0, words.length - 1), Set.of()));
            persons.remove(name);
            if (persons.size() == 1 && personArticles.get(persons.iterator().next()) >= PartialNameJoins.LONE_MAJORITY * personArticles.get(name)) {
                joined.put(name, persons.iterator().next());
            }
        }
        PartialNameJoins.joinInto(out, joined);
    }
}
