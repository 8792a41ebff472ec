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

    /**
     * The words that stand beside the surnames of two or more persons in two-word names of Slavic articles only: a
     * sentence's first word or a word after the surname the capitals rule took in ("Также Трамп" → Takze Tramp,
     * "Также Байден" → Takze Bajden; "Байдена Это" → Bajden Eto), no given name of either. A given name stands
     * beside one person's surname; two persons sharing a given name (John Kerry, John Bolton) are written by
     * Wikidata's name parts, which never count here; and only a pair in a fifth of its person's articles or fewer
     * counts, as the glued words of {@link #join} do. A name of such a word and a surname is the surname alone.
     *
     * @param personsOfSurname the persons of the index by each folded surname they are written with
     * @param personArticles   the articles of each person over all its spellings
     */
    static Set<String> wordsBesideSurnames(Map<String, Integer> articles, Set<String> slavicOnly, Map<String, String> out,
                                           Map<String, Set<String>> personsOfSurname, Map<String, Integer> personArticles) {
        Map<String, Set<String>> personsBeside = new HashMap<>();
        for (String name : slavicOnly) {
            if (out.containsKey(name) || !articles.containsKey(name)) continue;
            String[] words = NameFold.fold(name).split(" ");
            if (words.length != 2) continue;
            for (int side = 0; side < 2; side++) {
                String word = words[side];
                Set<String> persons = new TreeSet<>(personsOfSurname.getOrDefault(words[1 - side], Set.of()));
                persons.remove(name);
                String person = persons.isEmpty() ? null : PartialNameJoins.dominant(persons, personArticles);
                // A slip is rare beside its person: Ashiq Masih in 2 articles is no slip of Eisham Ashiq's in 1.
                if (person != null && word.length() >= 2
                        && personArticles.getOrDefault(person, 0) >= PartialNameJoins.LONE_MAJORITY * articles.get(name)) personsBeside.computeIfAbsent(word, k -> new TreeSet<>()).add(person);
            }
        }
        Set<String> glued = new TreeSet<>();
        personsBeside.forEach((word, persons) -> {
            if (persons.size() >= 2 && !CrossScriptNames.standard().isNamePart(word, "")) glued.add(word);
        });
        return glued;
    }
}
