package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import news.dispatch.entity.text.NameFold;

/**
 * A person of two words named in Slavic articles only (with the spellings joined to it) joins the one person of
 * three words or more whose surname and one earlier word sound like its two (Ali Zardari: Asif Ali Zardari;
 * Hadim Rizvi: Khadim Hussain Rizvi; Malloch Brown: Mark Malloch Brown): languages drop a part of a long name
 * in their own ways; and so with a longer spelling that went to a person (Mian Nisar: Mian Sahib Nisar, of Saqib
 * Nisar). Beside two such persons it stays as it is. A surname of fewer than three consonants matches by its
 * spelling key ({@link NameSpellings#surnameKey}), and so does the other word (Said Kosa, Asif Khosa: Asif Saeed
 * Khosa).
 */
final class ShortForms {
    private ShortForms() {
    }

    /**
     * @param articles   every person name of the index and the number of articles holding it
     * @param slavicOnly the names that only articles in a Slavic language hold: the only names that may join
     * @param out        the variants and names of the groups so far, to which the short forms' joins are added
     */
    static void join(Map<String, Integer> articles, Set<String> slavicOnly, SortedMap<String, String> out) {
        // Long names by their surname's sound: each person's name and each spelling that went to it (Mian Sahib
        // Nisar, of Saqib Nisar), with the person it names.
        Map<String, Map<String, String>> longBySurname = new HashMap<>();
        Map<String, Map<String, String>> longBySpelling = new HashMap<>();
        Map<String, Integer> personArticles = new HashMap<>();
        for (String name : articles.keySet()) {
            String person = out.getOrDefault(name, name);
            personArticles.merge(person, articles.get(name), Integer::sum);
            for (String spelling : new TreeSet<>(List.of(person, name))) {
                String[] words = NameFold.fold(spelling).split(" ");
                if (words.length < 3 || spelling.chars().anyMatch(Character::isDigit) || PersonName.isSuffix(words[words.length - 1])) continue;
                longBySurname.computeIfAbsent(NameSounds.key(words[words.length - 1]), k -> new TreeMap<>()).put(spelling, person);
                longBySpelling.computeIfAbsent(NameSpellings.surnameKey(words[words.length - 1]), k -> new TreeMap<>()).put(spelling, person);
            }
        }
        // The words that open two persons' names of two words or more: given names, by the index's own account (a
        // place glued on opens longer names: Brukseli Donald Tusk, Brukseli Dalia Grybauskaite).
        Map<String, Set<String>> personsOpened = new HashMap<>();
        for (String name : articles.keySet()) {
            String[] words = NameFold.fold(name).split(" ");
            if (words.length == 2) personsOpened.computeIfAbsent(words[0], k -> new TreeSet<>()).add(out.getOrDefault(name, name));
        }
        Set<String> givenNames = new HashSet<>();
        personsOpened.forEach((word, persons) -> {
            if (persons.size() >= 2) givenNames.add(word);
        });
        Map<String, String> joined = new TreeMap<>();
        for (String name : new TreeSet<>(slavicOnly)) {
            if (out.containsKey(name) || !articles.containsKey(name)) continue;
            String[] words = NameFold.fold(name).split(" ");
            if (words.length != 2 || words[0].length() < 3 || words[1].length() < 3) continue;
            // Three consonants of the surname at least to match by sound: by two, Rumen Iliev sounds like Arif ur
            // Rehman Alvi. A shorter surname matches by its spelling key, and so does the other word (Said Kosa, Asif
            // Khosa: Asif Saeed Khosa).
            boolean bySound = NameSounds.key(words[1]).length() >= 4;
            Function<String, String> key = bySound ? NameSounds::key : NameSpellings::surnameKey;
            Set<String> persons = new TreeSet<>();
            boolean namesOnly = true;
            var longNames = bySound ? longBySurname : longBySpelling;
            for (Map.Entry<String, String> spelling : longNames.getOrDefault(key.apply(words[1]), Map.of()).entrySet()) {
                // A longer spelling that went to this name is no other person (Mead Boris Johnson).
                if (spelling.getValue().equals(name)) continue;
                String[] longWords = NameFold.fold(spelling.getKey()).split(" ");
                for (int i = 0; i < longWords.length - 1; i++) {
                    if (!key.apply(longWords[i]).equals(key.apply(words[0]))) continue;
                    persons.add(spelling.getValue());
                    boolean middleName = oneMiddleName(longWords, i) && personArticles.get(spelling.getValue()) >= personArticles.get(name);
                    namesOnly &= middleName || droppedAreNameParts(longWords, i, givenNames);
                }
            }
            // The longer name is the person's when the index names it more often, or when the words it adds are all
            // name parts (Asif of Asif Ali Zardari): one article's "Szkocji Nicola Sturgeon" (a place glued to the
            // name) is no fuller name of Nicola Sturgeon.
            if (persons.size() == 1 && (namesOnly || personArticles.get(persons.iterator().next()) > personArticles.get(name))) {
                joined.put(name, persons.iterator().next());
            }
        }
        PartialNameJoins.joinInto(out, joined);
    }

    /**
     * True when the long name is the short one with one spelled-out middle word that is no place (Asif Saeed Khosa,
     * Asif Khosa): a word glued on comes before or after a name, not between its given name and surname. The caller
     * asks, too, that the long name be named as often: a list run together in one article ("Barack Michelle Obama")
     * is no fuller name of the Barack Obama of a hundred, and an initial (Meri L Trmp) is too little to tell.
     */
    private static boolean oneMiddleName(String[] longWords, int kept) {
        return kept == 0 && longWords.length == 3 && longWords[1].length() >= 3 && !PartialNameJoins.PLACES.contains(longWords[1]);
    }

    /**
     * True when the words of a long name other than the one at {@code kept} and the surname are name parts Wikidata
     * gives persons ({@link CrossScriptNames#isNamePart}) or open two persons' names of two words (Asif: Asif Khosa,
     * Asif Ali Zardari), and no place: a fuller name, not a word glued on.
     */
    private static boolean droppedAreNameParts(String[] longWords, int kept, Set<String> givenNames) {
        for (int i = 0; i < longWords.length - 1; i++) {
            if (i == kept) continue;
            boolean namePart = CrossScriptNames.standard().isNamePart(longWords[i], "") || givenNames.contains(longWords[i]);
            if (!namePart || PartialNameJoins.PLACES.contains(longWords[i])) return false;
        }
        return true;
    }
}
