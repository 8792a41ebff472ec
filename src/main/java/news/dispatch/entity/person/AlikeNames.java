package news.dispatch.entity.person;

import news.dispatch.entity.language.ConsonantSkeleton;
import news.dispatch.entity.person.NameSounds.Reading;

/**
 * Whether two readings of names that meet in a block may be one person. Sound is not enough for the spelling, because
 * vowels alone tell many names apart (Jane/Jon, Alan/Allen, Cohen/Cohan): the given names must be spelt nearly alike,
 * and then the surnames may differ in vowels only beside another spelling of the given name; given names alike in
 * sound only join only when the rest of the name is spelt otherwise too, as a name written from another script is.
 */
final class AlikeNames {
    /** Given names of nicknames.tsv (short and formal) and given-name-variants.tsv, lower case. */
    private static final java.util.Set<String> LISTED_GIVEN_NAMES = NameForms.standard().givenNames().stream()
            .map(NameSpellings::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private AlikeNames() {
    }

    /**
     * Same sounds (the surname's skeletons one letter apart from five consonants on), and spellings that may be one
     * name: see {@link #givenClose} and {@link #surnameAlike}.
     */
    static boolean alike(NameSounds a, NameSounds b, NameSpellings spellings) {
        boolean cyrillicA = a.cyrillic();
        boolean cyrillicB = b.cyrillic();
        // A Latin name as Cyrillic hears it is only compared with names from Cyrillic; two Latin names only when
        // their given names sound alike (Erin and Eric Smith, one letter apart, are two persons).
        if (a.reading() == Reading.HEARD && !cyrillicB || b.reading() == Reading.HEARD && !cyrillicA) return false;
        if (a.words().size() != b.words().size()) return false;
        // Cyrillic writes a given name's first sound with one letter: Джордж is no Gregor (Грегор).
        if (!ListedGivenNames.mayBeOnePerson(a, b)) return false;
        if (!cyrillicA && !cyrillicB && java.util.Collections.disjoint(a.soundBlocks(), b.soundBlocks())) return false;
        int last = a.words().size() - 1;
        String x = a.words().getLast();
        String y = b.words().getLast();
        // Czech writes a foreign woman's surname with -ová: beside her own given name, Amber Ruddová is Amber Rudd.
        if ((CaseEndings.feminine(x, y) || CaseEndings.feminine(y, x)) && a.words().subList(0, last).equals(b.words().subList(0, last))) {
            return true;
        }
        // A given name in a case beside the same surname (Andreja Babis, Gevina Uilamson, Geoffreyja Cox): Slavic
        // languages decline a foreign man's given name and may leave his surname as written, while a woman's surname
        // takes a female form of its own (Jana Nováková, Jana Kowalska), so Jana beside Jan's surname is his genitive.
        // Either romanization's letters (cs Maksyma, the genitive of Maksym, beside the Cyrillic fold's Maksim).
        if (x.equals(y) && last == 1 && (CaseEndings.caseOfAnySpelling(a.words().getFirst(), b.words().getFirst())
                || CaseEndings.caseOfAnySpelling(b.words().getFirst(), a.words().getFirst()))) {
            return true;
        }
        String surnameA = a.keys().getLast();
        String surnameB = b.keys().getLast();
        // One consonant apart only from five on: Verhofstadt/Verhofstad, but Zardari is not Žerdin.
        if (!surnameA.equals(surnameB) && (surnameA.charAt(0) != surnameB.charAt(0)
                || Math.min(surnameA.length(), surnameB.length()) < 6
                || !CrossScriptNames.within(surnameA.substring(1), surnameB.substring(1)))) return false;
        // Middle names only need to sound alike (Jacob Rees-Mogg, Dzejkob Ris Mog): the given name and surname decide.
        String givenA = a.words().getFirst();
        String givenB = b.words().getFirst();
        boolean sameGiven = spellings.givenKey(givenA).equals(spellings.givenKey(givenB));
        boolean restSpeltAlike = true;
        for (int i = 1; i <= last; i++) {
            restSpeltAlike &= NameSpellings.surnameKey(a.words().get(i)).equals(NameSpellings.surnameKey(b.words().get(i)));
        }
        boolean restSpeltSame = a.words().subList(1, last + 1).equals(b.words().subList(1, last + 1));
        // Names PersonNameGroups sees as one spelling are its call (it keeps apart what it finds ambiguous); it never
        // sees a Cyrillic name's English reading.
        boolean english = a.english() || b.english();
        if (sameGiven && restSpeltAlike && !english) return false;
        if (givenClose(givenA, givenB, spellings)) {
            // Cyrillic writes the vowels of an English name by ear (Хендс, Hands; Портс, Portes): they tell nothing.
            return surnameAlike(a.words().getLast(), b.words().getLast(),
                    sameGiven && !english && a.words().subList(1, last).equals(b.words().subList(1, last)));
        }
        // Given names alike in sound only (Dzejkob/Jacob, Filip/Philip) when the rest is spelt otherwise too, as a name
        // written from another script is, and not two given names the tables list apart (Joseph, Yusuf).
        // A short given name from Cyrillic (In, Gi, Lajm) of the same sound as the Latin one (Iain, Guy, Liam).
        String skeletonA = ConsonantSkeleton.PERSONS.of(NameSounds.spoken(givenA));
        String skeletonB = ConsonantSkeleton.PERSONS.of(NameSounds.spoken(givenB));
        boolean sameSound = skeletonA.length() >= 3 || cyrillicA != cyrillicB && NameSounds.key(givenA).equals(NameSounds.key(givenB));
        return sameSound && CrossScriptNames.within(skeletonA, skeletonB)
                && (!restSpeltSame || heardGivenName(a, b, spellings) || heardGivenName(b, a, spellings))
                && !(listed(givenA, spellings) && listed(givenB, spellings));
    }

    /**
     * Whether {@code heard}'s given name is {@code latin}'s written by ear from Cyrillic, beside the same rest of the
     * name (Эндрю Поллард "Endru Pollard", Andrew Pollard; Мишел Обама "Misel Obama", Michelle Obama): the Cyrillic
     * reading is no given name the tables know (so no Slavic name of its own: Pavel, Pavla), and both or neither
     * end in the feminine -a (Daniel and Daniela, Carlo and Carla are two persons of one family). On the unannotated
     * BSNLP stories (covid-19, us_election_2020) these were 2 of the 12 persons split across languages.
     */
    private static boolean heardGivenName(NameSounds heard, NameSounds latin, NameSpellings spellings) {
        if (!heard.cyrillic() || latin.cyrillic()) return false;
        String x = heard.words().getFirst();
        String y = latin.words().getFirst();
        return !listed(x, spellings) && x.endsWith("a") == y.endsWith("a");
    }

    private static boolean listed(String given, NameSpellings spellings) {
        return LISTED_GIVEN_NAMES.contains(given) || spellings.isListed(given);
    }

    /**
     * Given names spelt nearly alike: one group of given-name-variants.tsv, or one letter apart in four letters or
     * more (Asia, Asa, Azia, Asiu; Gevin, Gavin), unless one is the other with a feminine -a (Jan/Jana, Ivan/Ivana).
     * Vowels alone keep short names apart: Jane/Jon, Dan/Don, Alan/Allen.
     */
    private static boolean givenClose(String x, String y, NameSpellings spellings) {
        if (x.equals(y) || spellings.givenKey(x).equals(spellings.givenKey(y)) || sameVowelsAndSound(x, y)) return true;
        // A final y is the i of a transliteration (Andy, Endi).
        return Math.max(x.length(), y.length()) >= 4 && PersonName.editDistance(x.replaceFirst("y$", "i"), y.replaceFirst("y$", "i")) <= 1
                && !(x + "a").equals(y) && !(y + "a").equals(x);
    }

    /**
     * Given names of one sound with the same vowels in the same order, spelt with other consonant letters only
     * (Rebeka/Rebecca, Dzames/James, Viradz/Viraj): one name in two alphabets' habits, where vowels alone tell names
     * apart (Carla/Carlo, Jane/Jon).
     */
    private static boolean sameVowelsAndSound(String x, String y) {
        String sx = NameSounds.spoken(x);
        String sy = NameSounds.spoken(y);
        return ConsonantSkeleton.PERSONS.of(sx).length() >= 2 && NameSounds.key(x).equals(NameSounds.key(y))
                && sx.replaceAll("[^aeiou]", "").equals(sy.replaceAll("[^aeiou]", ""));
    }

    /**
     * Surnames (of one sound) that may be one: one {@link NameSpellings#surnameKey}; or, beside another spelling of
     * the given name, any (Devid Devis, David Davis); beside the same given name (or one of its group of
     * given-name-variants.tsv: Aleksandr, Alexander), only when the consonants are spelt
     * differently (Schinas/Shinas, Hammond/Hamnd): a vowel alone makes another family (Kate Cohen, Kate Cohan;
     * Huffman/Hoffman).
     */
    private static boolean surnameAlike(String x, String y, boolean sameGiven) {
        if (x.equals(y) || NameSpellings.surnameKey(x).equals(NameSpellings.surnameKey(y))) return true;
        return !sameGiven || !x.replaceAll("[aeiouy]", "").equals(y.replaceAll("[aeiouy]", ""));
    }
}
