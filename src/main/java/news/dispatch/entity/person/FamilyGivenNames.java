package news.dispatch.entity.person;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import news.dispatch.entity.text.NameFold;

/**
 * A given name named alone in Slavic articles beside a relative ("Юлию" beside "Сергея Скрипаля": Yulia, the daughter
 * of Sergei Skripal) is the person of the index whose given name it reads as and whose surname is the relative's: the
 * full name "G S" some article of the index writes (in any script), with the surname as written or in a case or
 * number (Юлия Скрипали, "Yulia and Sergei Skripal", read as "Ulia Skripali"), when Slavic articles name that
 * person in full, as for the other lone words (on a mixed index a lone Fatima beside Shabir Ahmed went to the
 * wires' Fatuma Ahmed, whom no Slavic article names). Such a name is then called by that given name and the
 * relative's surname (Yulia Skripal). A lone given name goes nowhere beside two such persons, and {@link
 * LoneGivenNames} has the last word on a given name the index names in full more often.
 *
 * <p>Unlike the other joins of part of a name it needs the articles' company ({@link SlavicOnlyNames#besideLone}): a
 * given name alone says nothing of the family it belongs to, the article it stands in does.
 */
final class FamilyGivenNames {
    private FamilyGivenNames() {
    }

    /**
     * @param articles every person name of the index and the number of articles holding it
     * @param slavic   the names only Slavic articles hold, and the names beside each lone one
     * @param out      the variants and names of the groups so far, to which the lone given names' joins are added
     */
    static void join(Map<String, Integer> articles, SlavicOnlyNames slavic, SortedMap<String, String> out) {
        // Full names by their surname as written, folded; each with the person it names.
        SortedMap<String, Set<String>> bySurname = new TreeMap<>();
        for (String name : articles.keySet()) {
            String[] words = NameFold.fold(name).split(" ");
            if (words.length != 2 || PersonName.isSuffix(words[1])) continue;
            bySurname.computeIfAbsent(words[1], k -> new TreeSet<>()).add(name);
        }
        Set<String> namedInSlavic = PartialNameJoins.namedInFull(slavic, out);
        Map<String, String> targetOf = new TreeMap<>();
        for (Map.Entry<String, Set<String>> lone : new TreeMap<>(slavic.besideLone()).entrySet()) {
            String name = lone.getKey();
            if (out.containsKey(name) || !articles.containsKey(name) || name.length() < 3) continue;
            Set<String> targets = new TreeSet<>();
            for (String beside : lone.getValue()) {
                String relative = out.getOrDefault(beside, beside);
                String[] words = relative.split(" ");
                if (words.length < 2) continue;
                String surname = NameFold.fold(words[words.length - 1]);
                Set<String> given = givenSounds(name, surname, slavic);
                // The relative's own given name is the relative (Sergei beside Sergei Skripal), no family member.
                if (given.isEmpty() || !java.util.Collections.disjoint(given, givenSounds(relative, slavic))) continue;
                for (String candidate : familyNames(bySurname, surname)) {
                    String person = out.getOrDefault(candidate, candidate);
                    // A person the Slavic articles name in full ({@link PartialNameJoins#namedInFull}).
                    if (!person.equals(relative) && namedInSlavic.contains(person)
                            && !java.util.Collections.disjoint(given, givenSounds(candidate, slavic))
                            && (writtenAsGivenName(name, candidate, slavic) || writtenAsGivenName(name, person, slavic))) {
                        targets.add(person + "\t" + words[words.length - 1]);
                    }
                }
            }
            if (targets.size() == 1) targetOf.put(name, targets.iterator().next());
        }
        // Each person so reached, with the lone names that reached it: the person keeps its name unless its surname is
        // the relative's in a case or number (Ulia Skripali), when it is called by the lone name in most articles and
        // the relative's surname. A surname spelt otherwise is another script's spelling, and the person's own name
        // stays: George W Bush had become "Dzordzu Bus", a dative from Cyrillic beside Джеб Буш.
        Map<String, List<String>> lonesOf = new TreeMap<>();
        targetOf.forEach((lone, target) -> lonesOf.computeIfAbsent(target, k -> new java.util.ArrayList<>()).add(lone));
        Map<String, String> joined = new TreeMap<>();
        lonesOf.forEach((target, lones) -> {
            String person = target.substring(0, target.indexOf('\t'));
            String surname = target.substring(target.indexOf('\t') + 1);
            String[] words = person.split(" ");
            String name = person;
            if (CaseEndings.caseOf(NameFold.fold(words[words.length - 1]), NameFold.fold(surname))) {
                String given = lones.stream().min(java.util.Comparator.comparing((String l) -> -articles.get(l))
                        .thenComparing(String::length).thenComparing(l -> l)).orElseThrow();
                name = given + " " + surname;
                if (!name.equals(person)) joined.put(person, name);
            }
            for (String lone : lones) joined.put(lone, name);
        });
        PartialNameJoins.joinInto(out, joined);
    }

    /**
     * Whether a lone word is spelt as the given name of {@code candidate}, not only sounds like it: as written, in a
     * case, as another spelling of given-name-variants.tsv, or one letter off in four letters or more (Melani,
     * Melania); from Cyrillic, against the spellings the table of Cyrillic name parts gives a Latin given name
     * ({@link CyrillicNameParts#foldedCyrillic}: Джорджу, Джордж: George; Гантер, Хантер: Hunter), or by its sound
     * where the table has none. The sound alone joined words that are no name to a relative's family: Белый ("White",
     * of Белый дом, the White House) beside Hillary Clinton to Bill Clinton, and sl "Gen" (of Gen energija, a firm)
     * beside Donald Trump to John Trump. Checked against the full name as written and the person it names
     * (Juliji, Czech dative of Julija, against Ulia Skripali from Cyrillic and Yulia Skripal).
     */
    static boolean writtenAsGivenName(String lone, String candidate, SlavicOnlyNames slavic) {
        String given = NameFold.fold(candidate).split(" ")[0];
        boolean heard = slavic.fromCyrillic().contains(lone) && !slavic.fromCyrillic().contains(candidate);
        Set<String> written = heard ? CyrillicNameParts.standard().foldedCyrillic(given)
                : new TreeSet<>(NameSpellings.standard().spellings(given));
        if (written.isEmpty()) return true;
        if (!heard) written.add(given);
        // A Latin lone word against a name from Cyrillic: also as English spells that given name (Juliji, Ulia: Yulia).
        if (!heard && slavic.fromCyrillic().contains(candidate)) {
            CyrillicNameParts.standard().latin(given).ifPresent(latin -> {
                written.add(latin);
                written.addAll(NameSpellings.standard().spellings(latin));
            });
        }
        String folded = NameFold.fold(lone);
        for (String form : new TreeSet<>(List.of(folded, CaseEndings.withoutCase(folded)))) {
            for (String w : written) {
                if (form.equals(w) || CaseEndings.caseOf(form, w)
                        || Math.max(form.length(), w.length()) >= 4 && PersonName.editDistance(form, w) <= 1) return true;
            }
        }
        return false;
    }

    /** The full names of two words whose surname is {@code surname}, or it in a case or number (Skripali, Skripala). */
    private static Set<String> familyNames(SortedMap<String, Set<String>> bySurname, String surname) {
        Set<String> names = new TreeSet<>(bySurname.getOrDefault(surname, Set.of()));
        for (Map.Entry<String, Set<String>> e : bySurname.subMap(surname, surname + Character.MAX_VALUE).entrySet()) {
            if (CaseEndings.caseOf(e.getKey(), surname)) names.addAll(e.getValue());
        }
        return names;
    }

    /** The sounds of a lone word read as a given name before {@code surname}, in every reading; with its case ending read off. */
    private static Set<String> givenSounds(String lone, String surname, SlavicOnlyNames slavic) {
        Set<String> sounds = new HashSet<>();
        for (String word : new TreeSet<>(List.of(NameFold.fold(lone), CaseEndings.withoutCase(NameFold.fold(lone))))) {
            for (NameSounds r : NameReadings.of(word + " " + surname, slavic.fromCyrillic().contains(lone))) {
                sounds.add(r.keys().getFirst());
            }
        }
        return sounds;
    }

    /** The sounds of a full name's given name, in every reading. */
    private static Set<String> givenSounds(String fullName, SlavicOnlyNames slavic) {
        Set<String> sounds = new HashSet<>();
        for (NameSounds r : NameReadings.of(fullName, slavic.fromCyrillic().contains(fullName))) sounds.add(r.keys().getFirst());
        return sounds;
    }
}
