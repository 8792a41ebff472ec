package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.List;
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

    /** The words glued before a surname (Takze of Takze Tramp) and after one (Eto of Bajden Eto). */
    record Glued(Set<String> before, Set<String> after) {
    }

    /** Before a surname a word is glued when beside this many persons' surnames: a given name may be two's. */
    private static final int PERSONS_BEFORE = 3;
    /** After a surname, when beside this many: Slavic news writes the given name first. */
    private static final int PERSONS_AFTER = 2;

    /**
     * The words that stand beside the surnames of several persons in two-word names of Slavic articles only: a
     * sentence's first word or a word after the surname the capitals rule took in ("Twitterze Banks", "Twitterze
     * Tusk", "Twitterze Lee": on Twitter; "Babiš Číst", "Vojtěchem Číst": to read), no name of any of them. Before
     * a surname a given name may be shared by two persons the index lacks in full ("Джером Пауэлл", "Джером Адамс":
     * Jerome Powell and Jerome Adams, not Sidney Powell nor John Quincy Adams), so a word there needs three persons;
     * after a surname two, as Slavic news writes the given name first. Never a name part Wikidata knows or a given
     * name of the spellings table, and only a pair in a fifth of its person's articles or fewer counts, as the glued
     * words of {@link #join} do. A name of such a word and a surname is the surname alone ({@link LoneSurnames}).
     *
     * @param personsOfSurname the persons of the index by each folded surname they are written with
     * @param personArticles   the articles of each person over all its spellings
     */
    static Glued wordsBesideSurnames(Map<String, Integer> articles, Set<String> slavicOnly, Map<String, String> out,
                                     Map<String, Set<String>> personsOfSurname, Map<String, Integer> personArticles) {
        List<Map<String, Set<String>>> personsBeside = List.of(new HashMap<>(), new HashMap<>());
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
                        && personArticles.getOrDefault(person, 0) >= PartialNameJoins.LONE_MAJORITY * articles.get(name)) {
                    personsBeside.get(side).computeIfAbsent(word, k -> new TreeSet<>()).add(person);
                }
            }
        }
        return new Glued(glued(personsBeside.get(0), PERSONS_BEFORE), glued(personsBeside.get(1), PERSONS_AFTER));
    }

    private static Set<String> glued(Map<String, Set<String>> personsBeside, int persons) {
        Set<String> glued = new TreeSet<>();
        personsBeside.forEach((word, beside) -> {
            if (beside.size() >= persons && !CrossScriptNames.standard().isNamePart(word, "")
                    && !NameSpellings.standard().isListed(word)) glued.add(word);
        });
        return glued;
    }
}
