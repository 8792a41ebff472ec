package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Letters a Latin-script Slavic language writes only in its own words and names: Czech ř and ů. English spelling has
 * neither, and Czech's transliteration of Cyrillic writes neither (Мурашко is Muraško, Михаил Michail; ě it does
 * write, Медведев is Medveděv), so a name written with one is the language's own, and a person of
 * person-variants.tsv whose spellings lack that letter is another person who only sounds alike: the consonant
 * skeletons that join Cyrillic spellings by ear make Jiří Beran (jr brn) Jerry Brown, and Téměř ("almost", opening a
 * sentence) Michel Temer.
 */
final class OwnLetters {
    private static final Map<String, String> OWN = Map.of("cs", "řů");

    private OwnLetters() {
    }

    /**
     * True when a name part as written (a nominative) has a letter of the language's own that no listed spelling of
     * the known person has: the person who sounds like it is not the one it names.
     */
    static boolean otherPerson(List<String> parts, String known, String language) {
        String own = OWN.get(language);
        if (own == null) return false;
        List<String> spellings = new ArrayList<>(PersonVariants.standard().variantsOfCanonical().getOrDefault(known, List.of()));
        spellings.add(known);
        String listed = String.join(" ", spellings).toLowerCase(Locale.ROOT);
        for (String part : parts) {
            String lower = part.toLowerCase(Locale.ROOT);
            for (int i = 0; i < own.length(); i++) {
                char letter = own.charAt(i);
                if (lower.indexOf(letter) >= 0 && listed.indexOf(letter) < 0) return true;
            }
        }
        return false;
    }
}
