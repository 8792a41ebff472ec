package news.dispatch.entity.person;

import java.util.Set;

import news.dispatch.entity.text.NameFold;

/**
 * Whether a name from Cyrillic may carry the given name of a Latin name it sounds like, by how the table of
 * Cyrillic name parts ({@link CyrillicNameParts}) writes that Latin given name in Cyrillic. The sound of the surname
 * and a given name close in sound joined two persons: Джордж Сорос ("Dzordz Soros", George Soros) and the Slovenian
 * oncologist Gregor Serš ("Gregor Sers"), Джон Кейсик ("Dzon Kejsik", John Kasich) and Ján Kuciak. Cyrillic writes
 * a name's first sound with one letter, so a name from Cyrillic whose given name starts with another letter than
 * every spelling the table gives the Latin one (Грегор, Ян) is not that name. A Latin given name the table does not
 * list leaves the call to the sound rules of {@link AlikeNames}.
 *
 * <p>Only the first letter is compared: the rest of a Bulgarian or Ukrainian spelling differs from the table's
 * Russian one (Дейвид, Девид: David; Рикар, Ричард), and so may a vowel or й. Letters counted as one: any vowel and
 * й (Йоель, Иоэль), г and х (Russian writes an English h as г, Bulgarian and Ukrainian as х: Генри, Хенри), ж and
 * дж (the j of French and of English names: Жюстин, Джъстин).
 */
final class ListedGivenNames {
    private ListedGivenNames() {
    }

    /** False when one name is from Cyrillic, the other not, and the Cyrillic one's given name is written otherwise. */
    static boolean mayBeOnePerson(NameSounds a, NameSounds b) {
        return writtenAsListed(a, b) && writtenAsListed(b, a);
    }

    private static boolean writtenAsListed(NameSounds cyrillic, NameSounds latin) {
        if (!cyrillic.cyrillic() || latin.cyrillic()) return true;
        // A name from Cyrillic already spelt as the table spells its parts in English (Уильям Гаррисон, "William
        // Garrison") carries the Latin given name itself, or another spelling of it.
        NameSpellings spellings = NameSpellings.standard();
        if (spellings.givenKey(given(cyrillic)).equals(spellings.givenKey(given(latin)))) return true;
        Set<String> written = CyrillicNameParts.standard().foldedCyrillic(given(latin));
        if (written.isEmpty()) return true;
        char first = firstLetter(given(cyrillic));
        return written.stream().anyMatch(w -> firstLetter(w) == first);
    }

    private static String given(NameSounds name) {
        return NameFold.fold(name.name()).split(" ")[0];
    }

    /** The first letter of a folded Cyrillic spelling: any vowel or j as one, h as g, dz (дж) as z (ж). */
    static char firstLetter(String folded) {
        if (folded.isEmpty()) return ' ';
        if (folded.startsWith("dz")) return 'z';
        char c = folded.charAt(0);
        if ("aeiouyj".indexOf(c) >= 0) return 'a';
        return c == 'h' ? 'g' : c;
    }
}
