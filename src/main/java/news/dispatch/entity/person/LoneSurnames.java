package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import news.dispatch.entity.text.NameFold;

/**
 * A surname named alone in Slavic articles only ("Corbyn", "Korbina" of an article that names him so once) joins
 * the one person of the index whose name of two words or more, or a spelling joined to it (Saiful Mulook: Saif
 * Muluk), ends with it, written so or with a case ending (a Slovene case drops a fleeting e: Bidna, Biden; from
 * Cyrillic only the endings Cyrillic writes: Кристоу is no Czech instrumental of a Krist); beside two such persons
 * (David Davis, Davis Davis) it stays as it is, unless one is named, over all its spellings, in five times the
 * articles of the other ({@link PartialNameJoins#dominant}: Saif Muluk beside "Vcera Muluk", yesterday Muluk). So does a surname after a title or an
 * inflected place ({@link #loneSurname}: Lord Adonis, Dublinie Tusk), and a surname after an initial (M Thatcher),
 * with the person whose given name starts with that letter.
 */
final class LoneSurnames {
    /** Person titles (the title class of name-openers.tsv; person-titles.txt is gone), folded: Lord, Prince, Senator. */
    private static final Set<String> TITLES = NameOpeners.standard().titles().stream()
            .map(NameFold::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The case endings only Latin-script languages write: Czech -ou, Polish -owi. */
    private static final Set<String> LATIN_ONLY_ENDINGS = Set.of("ou", "owi");

    /** The consonants a fleeting e stands before: -en, -ek, -ec, -el, -er. */
    private static final String FLEETING_BEFORE = "nkclr";

    private LoneSurnames() {
    }

    /**
     * @param articles every person name of the index and the number of articles holding it
     * @param slavic   the names that only articles in a Slavic language hold: the only names that may join
     * @param out      the variants and names of the groups so far, to which the lone surnames' joins are added
     */
    static void join(Map<String, Integer> articles, SlavicOnlyNames slavic, SortedMap<String, String> out) {
        Set<String> slavicOnly = slavic.names();
        Map<String, Set<String>> personsOfSurname = new HashMap<>();
        for (String name : articles.keySet()) {
            String person = out.getOrDefault(name, name);
            String[] words = NameFold.fold(person).split(" ");
            if (words.length < 2 || PersonName.isSuffix(words[words.length - 1])) continue;
            personsOfSurname.computeIfAbsent(words[words.length - 1], k -> new TreeSet<>()).add(person);
            // And by the surnames of the spellings person-variants.tsv lists for it (Barnie: Michel Barnier), and of
            // the spellings the index joined to it (Saiful Mulook: Saif Muluk) of no more words: a longer one had a
            // word glued on (David Davis Londyn), which is no surname of his.
            List<String> spellings = new java.util.ArrayList<>(PersonVariants.standard().variantsOfCanonical().getOrDefault(person, List.of()));
            if (!name.equals(person) && name.split(" ").length <= words.length) spellings.add(name);
            for (String variant : spellings) {
                String[] v = NameFold.fold(variant).split(" ");
                if (v.length >= 2) personsOfSurname.computeIfAbsent(v[v.length - 1], k -> new TreeSet<>()).add(person);
            }
        }
        Map<String, Integer> personArticles = PartialNameJoins.articlesOfPersons(articles, out);
        Set<String> namedInSlavic = PartialNameJoins.namedInFull(slavic, out);
        Map<String, Set<String>> personsOfGiven = personsOfGivenName(articles, out);
        SlavicGluedWords.Glued gluedWords = SlavicGluedWords.wordsBesideSurnames(articles, slavicOnly, out, personsOfSurname, personArticles);
        for (String name : new TreeSet<>(slavicOnly)) {
            if (out.containsKey(name) || !articles.containsKey(name)) continue;
            String lone = loneSurname(NameFold.fold(name), gluedWords);
            if (lone == null || lone.length() < 3) continue;
            Set<String> persons = new TreeSet<>(personsOfSurname.getOrDefault(lone, Set.of()));
            // The forms of the word that named a surname: as written, and the stems of its case endings.
            Set<String> forms = new TreeSet<>(Set.of(lone));
            // Written from Cyrillic, it is also the surname as English spells it (Mej: May).
            if (slavic.fromCyrillic().contains(name)) {
                CyrillicNameParts.standard().latin(lone).ifPresent(l -> persons.addAll(personsOfSurname.getOrDefault(l, Set.of())));
            }
            // A stem without its fleeting e as the word is written (Slovene "Bidn" of Bidnom, beside "Hunter Bidn" of
            // Hunterja Bidna): the surname with the e given back names persons too (Joe Biden).
            String withE = slavic.fromCyrillic().contains(name) ? null : withFleetingE(lone);
            if (!persons.isEmpty() && withE != null) {
                persons.addAll(personsOfSurname.getOrDefault(withE, Set.of()));
                forms.add(withE);
            }
            // A case form: the surname and a case ending after its last consonant (Corbyna, Corbynem, Corbynowi), or
            // a woman's surname in Czech or Slovak (Merkelová).
            for (String ending : endings(slavic.fromCyrillic().contains(name))) {
                String stem = lone.substring(0, Math.max(0, lone.length() - ending.length()));
                if (!persons.isEmpty() || !lone.endsWith(ending) || stem.length() < 3
                        || "aeiouy".indexOf(stem.charAt(stem.length() - 1)) >= 0) continue;
                persons.addAll(personsOfSurname.getOrDefault(stem, Set.of()));
                forms.add(stem);
                // A surname's last e before its final consonant falls in the other cases (Slovene Biden, Bidna;
                // Polish Franciszek, Franciszka): the stem with it given back.
                String stemWithE = slavic.fromCyrillic().contains(name) ? null : withFleetingE(stem);
                if (stemWithE != null) persons.addAll(personsOfSurname.getOrDefault(stemWithE, Set.of()));
            }
            persons.remove(name);
            // A word alone names a person the Slavic articles name in full, not an English-only one.
            if (!name.contains(" ")) persons.retainAll(namedInSlavic);
            String person = PartialNameJoins.dominant(persons, personArticles);
            // A word alone that is also the given name of another person the Slavic articles name in full (Hunter:
            // Hunter Biden and Paul Hunter) names the surname's person only when that one stands out by far
            // over both.
            if (person != null && !name.contains(" ")) {
                Set<String> either = new TreeSet<>(persons);
                for (String form : forms) either.addAll(personsOfGiven.getOrDefault(form, Set.of()));
                either.retainAll(namedInSlavic);
                either.add(person);
                if (!person.equals(PartialNameJoins.dominant(either, personArticles))) person = null;
            }
            // A word alone in five times the articles of the person named in full is a word of its own that one
            // article took for part of a name ("Biotech" of Sinovac Biotech in 18 articles, "Hopp BioTech" in one).
            if (person != null && articles.get(name) > PartialNameJoins.LONE_MAJORITY * personArticles.getOrDefault(person, 0)) person = null;
            if (person != null) out.put(name, person);
        }
        // An initial and a surname (M Thatcher, D. Tusk): the person of that surname whose given name it starts.
        for (String name : new TreeSet<>(slavicOnly)) {
            if (out.containsKey(name) || !articles.containsKey(name)) continue;
            String[] words = NameFold.fold(name).split(" ");
            if (words.length != 2 || words[0].replace(".", "").length() != 1 || words[1].length() < 3) continue;
            Set<String> persons = new TreeSet<>();
            for (String p : personsOfSurname.getOrDefault(words[1], Set.of())) {
                if (NameFold.fold(p).charAt(0) == words[0].charAt(0) && !p.equals(name)) persons.add(p);
            }
            String person = PartialNameJoins.dominant(persons, personArticles);
            if (person != null) out.put(name, person);
        }
    }

    /**
     * The persons (final names of {@code out}) by the first word, folded, of their name and of each spelling of two
     * words or more that went to them (Hanter of Hanter Bajden: Hunter Biden): the given names of the index. Not of a
     * longer spelling: a word glued before the name opens it (Bibi Saif Ul Malook, of Saif Muluk), no given name.
     */
    private static Map<String, Set<String>> personsOfGivenName(Map<String, Integer> articles, Map<String, String> out) {
        Map<String, Set<String>> persons = new HashMap<>();
        for (String name : articles.keySet()) {
            String person = out.getOrDefault(name, name);
            int length = NameFold.fold(person).split(" ").length;
            for (String spelling : List.of(person, name)) {
                String[] words = NameFold.fold(spelling).split(" ");
                if (words.length >= 2 && words.length <= length) persons.computeIfAbsent(words[0], k -> new TreeSet<>()).add(person);
            }
        }
        return persons;
    }

    /** The stem with a fleeting e before its last consonant given back (bidn: biden), or null where none fell. */
    private static String withFleetingE(String stem) {
        if (stem.length() < 4 || "aeiouy".indexOf(stem.charAt(stem.length() - 2)) >= 0
                || FLEETING_BEFORE.indexOf(stem.charAt(stem.length() - 1)) < 0) return null;
        return stem.substring(0, stem.length() - 1) + "e" + stem.charAt(stem.length() - 1);
    }

    /**
     * The endings a lone surname may carry: a woman's surname in Czech or Slovak and the case endings; written from
     * Cyrillic, only those Cyrillic writes. Czech -ou, Polish -owi and -ová are Latin letters of their languages:
     * Кристоу (Kristou, a given name) is no instrumental of a Krist.
     */
    private static List<String> endings(boolean fromCyrillic) {
        if (!fromCyrillic) return java.util.stream.Stream.concat(CaseEndings.FEMININE_ENDINGS.stream(), CaseEndings.CASE_ENDINGS.stream()).toList();
        return CaseEndings.CASE_ENDINGS.stream().filter(e -> !LATIN_ONLY_ENDINGS.contains(e)).toList();
    }

    /**
     * The surname a folded name stands for alone: a word of its own; or the second of two after a title (Lord
     * Adonis, Лорд Адонис) or after a place in a case the capitals rule took in (Dublinie Tusk: "in Dublin"), or
     * beside a word glued to several persons' surnames ({@link SlavicGluedWords#wordsBesideSurnames}: Twitterze
     * Tusk, Babiš Číst). Null for any other name.
     */
    private static String loneSurname(String folded, SlavicGluedWords.Glued gluedWords) {
        String[] words = folded.split(" ");
        if (words.length == 1) return words[0];
        if (words.length != 2) return null;
        if (TITLES.contains(words[0]) || gluedWords.before().contains(words[0])) return words[1];
        if (gluedWords.after().contains(words[1])) return words[0];
        // Only a place with a case ending, and no name part: Jordan, Florence, Jordana open persons' names.
        if (CrossScriptNames.standard().isNamePart(words[0], "")) return null;
        for (int cut = 1; cut <= 2 && words[0].length() - cut >= 4; cut++) {
            String stem = words[0].substring(0, words[0].length() - cut);
            String ending = words[0].substring(stem.length());
            if (PartialNameJoins.PLACES.contains(stem) && (CaseEndings.CASE_ENDINGS.contains(ending) || ending.equals("ie"))) return words[1];
        }
        return null;
    }
}
