package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.List;

import news.dispatch.entity.person.NameSounds.Reading;
import news.dispatch.entity.text.NameFold;

/**
 * The English readings of a name written from Cyrillic: Bulgarian and Russian articles write an English name by ear
 * and the fold to Latin letters spells it letter by letter (Dzon Krtis, Majkl Gouv), so its consonants only meet the
 * wires' spelling (John Curtice, Michael Gove) once read as English spells them.
 */
final class EnglishReadings {
    /**
     * Letters of a name from Cyrillic that English writes otherwise than {@link #asEnglish} reads them, each a
     * further English reading of the words it changes: к at the start may be the kh of Khan (Bulgarian writes Khan
     * both Хан and Кан: Имран Кан, Imran Khan); тс at the end the -tes of Portes or Bates (the skeletons read ts as
     * the one sound of ц); a first a or u the я or ю the fold to Latin letters writes without their y (Якобс "Akobs",
     * Jacobs; Юлия "Ulia", Yulia), in a word of four letters or more (Ако Мей, "if May", is no Джак Ма); г the h
     * Ukrainian writes with it and Russian writes for a foreign h (Камала Гарріс, Kamala Harris; Гантер Байден); х
     * after a vowel the kh English writes for it (Омар Варайх, Омар Вараїч: Omar Waraich).
     */
    private static final List<java.util.function.UnaryOperator<String>> ENGLISH_LETTERS = List.of(
            w -> w.startsWith("k") && !w.startsWith("kh") ? "kh" + w.substring(1) : w,
            w -> w.endsWith("ts") ? w.substring(0, w.length() - 1) + "es" : w,
            w -> (w.startsWith("a") || w.startsWith("u")) && w.length() >= 4 ? "j" + w : w,
            w -> w.replace("g", "h"),
            // х after a vowel is heard, where English's h there is silent (Sarah): Вараих is Waraich, not "Vara".
            w -> w.replaceAll("([aeiou]j?)h(?![aeiou])", "$1kh"));

    private EnglishReadings() {
    }

    /**
     * A name written from Cyrillic (folded letter by letter: Dzon Krtis, Majkl Gouv, Cuka Umuna) read as English
     * spells it: each word Wikidata gives an English spelling ({@link CyrillicNameParts}: dzon → john, majkl →
     * michael, iv → yves) takes it, and in the others a c is the ch it stands for as often as the ts (ч and ц fold
     * alike: Cuka → chuka, Crcil → chrchil). Marked as such even when no word changes, for its vowels (Hends).
     */
    static NameSounds asEnglish(String name) {
        if (name.chars().anyMatch(Character::isDigit)) return null;
        String[] words = NameFold.fold(name).split(" ");
        String[] english = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            english[i] = CyrillicNameParts.standard().latin(w).orElseGet(() -> w.replace("c", "ch").replace("dz", "j"));
        }
        return NameSounds.of(name, english, Reading.ENGLISH);
    }

    /** The further English readings of {@link #ENGLISH_LETTERS}: one for each that changes a word. */
    static List<NameSounds> otherEnglishReadings(String name) {
        NameSounds english = asEnglish(name);
        if (english == null) return List.of();
        List<NameSounds> readings = new ArrayList<>();
        for (java.util.function.UnaryOperator<String> letters : ENGLISH_LETTERS) {
            List<String> words = english.words().stream().map(letters).toList();
            if (!words.equals(english.words())) readings.add(NameSounds.of(name, words.toArray(String[]::new), Reading.ENGLISH));
        }
        return readings;
    }
}
