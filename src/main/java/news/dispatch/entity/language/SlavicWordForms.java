package news.dispatch.entity.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Slavic case endings: a name word is keyed by its stem (lower case, one final vowel taken off: "Rosja" → "rosj",
 * "Германия" → "германи", "Pakistan" stays; an adjective's whole ending: "Европейский" → "европейск"), and a written word matches when it is that stem plus one of the
 * endings of the Slavic declensions ("Rosji", "Германии", "Pákistánu", "Великої"). Words of three letters or fewer
 * and acronyms are keyed as written. Consonant changes before an ending (Polska → Polsce, Niemcy → Niemczech) are
 * not derived: such forms are listed in the tables.
 */
final class SlavicWordForms implements WordForms {
    static final SlavicWordForms INSTANCE = new SlavicWordForms(true, Set.of());
    /**
     * Croatian (and Bosnian and Serbian in Latin letters) write a country in -ska, -čka, -ška (Irska, Njemačka, Češka)
     * beside its adjective (irski, njemačkog): the adjective's endings no case of the noun has are no form of it.
     */
    static final SlavicWordForms CROATIAN = new SlavicWordForms(true, Set.of("i", "og", "oga", "ome", "omu", "ih", "im", "ima"));
    /** Lower case only, no endings: for languages whose endings are not modelled. */
    static final SlavicWordForms EXACT = new SlavicWordForms(false, Set.of());

    private static final String VOWELS = "aeiouyáéíóúýěąęůаеиоуыэюяіїєйьъ";
    /** Case endings of the Latin- and Cyrillic-script Slavic languages, nouns and adjectives, up to four letters. */
    private static final Set<String> ENDINGS = Set.of(
            "a", "e", "i", "o", "u", "y", "á", "é", "í", "ó", "ú", "ý", "ě", "ą", "ę", "ů", "em", "om", "ou", "ie",
            "ii", "ji", "ją", "ję", "ja", "jo", "ju", "ej", "iej", "ego", "iego", "iemu", "ich", "imi", "emu", "ym",
            "im", "ých", "ích", "ych", "ymi", "ach", "ami", "ám", "ách", "ech", "ové", "ům", "ów", "ov", "ovi", "oj",
            "ijo", "iji", "ije", "ija", "ega", "ih", "ima", "ého", "ému", "ém", "ým", "ými", "ími", "ská", "ské", "а",
            "я", "у", "ю", "е", "и", "ы", "і", "ї", "є", "о", "ой", "ей", "ою", "ею", "єю", "ом", "ем", "ам", "й",
            "ь", "ям", "ах", "ях", "ами", "ями", "ии", "ия", "ию", "ией", "ій", "ії", "ією", "ої", "ого", "ому", "им",
            "ым", "их", "ых", "ая", "ое", "ые", "ий", "ый", "ую", "ів", "ов", "ев", "та", "то", "те", "ът", "ята",
            "ият", "ото", "ата",
            // Croatian adjectives' -og(a), -ome, -omu (Ujedinjenog Kraljevstva) and plural -ama (Sjedinjenim Američkim
            // Državama); Slovak -eho after a long syllable and the plural's -och, -mi (v Spojených štátoch, štátmi).
            "og", "oga", "ome", "omu", "ama", "eho", "och", "mi");
    private static final int LONGEST_ENDING = 4;
    private final boolean endings;
    private final Set<String> kaAdjectiveEndings;

    private SlavicWordForms(boolean endings, Set<String> kaAdjectiveEndings) {
        this.endings = endings;
        this.kaAdjectiveEndings = kaAdjectiveEndings;
    }

    @Override
    public String key(String nameWord) {
        String w = nameWord.toLowerCase(Locale.ROOT);
        if (!endings || w.length() <= 3 || isAcronym(nameWord)) return w;
        // An adjective of a name loses its whole ending: Европейский, Європейський, Северная → европейск-, європейськ-, северн-.
        for (String adjective : List.of("ий", "ый", "ій", "ой", "ая", "яя", "ое", "ее", "ые")) {
            if (w.endsWith(adjective) && w.length() - 2 >= 3) return w.substring(0, w.length() - 2);
        }
        char last = w.charAt(w.length() - 1);
        return VOWELS.indexOf(last) >= 0 ? w.substring(0, w.length() - 1) : w;
    }

    @Override
    public List<String> keysOf(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        List<String> keys = new ArrayList<>(LONGEST_ENDING + 1);
        keys.add(w);
        if (!endings || isAcronym(written)) return keys;
        for (int cut = 1; cut <= LONGEST_ENDING && w.length() - cut >= 3; cut++) {
            if (ENDINGS.contains(w.substring(w.length() - cut))) keys.add(w.substring(0, w.length() - cut));
        }
        return keys;
    }

    /**
     * Two look-alikes are turned away. The bare stem of a name that ends in a vowel is another word: "Доминик" is
     * Dominic, not Доминика (Dominica). And a Czech or Slovak country in -sko/-cko shares its stem with its adjective
     * (Irsko, irský), as a Polish one in -ska does (Polska, polskie): the adjective's endings are no form of the country.
     */
    @Override
    public boolean accepts(String nameWord, String key, String written) {
        String name = nameWord.toLowerCase(Locale.ROOT);
        String w = written.toLowerCase(Locale.ROOT);
        if (!name.equals(key) && name.startsWith(key) && w.equals(key)) return false;
        String ending = w.substring(Math.min(w.length(), key.length()));
        if (undeclinedInCyrillic(name)) return w.equals(name);
        if (pluralOrUndeclinedInCyrillic(name) && !PLURAL_ENDINGS.contains(ending)) return false;
        if (name.endsWith("sko") || name.endsWith("cko")) return !CZECH_ADJECTIVE_ENDINGS.contains(ending);
        if ((name.endsWith("ska") || name.endsWith("čka") || name.endsWith("ška")) && kaAdjectiveEndings.contains(ending)) return false;
        if (name.endsWith("ska") || name.endsWith("cka")) return !POLISH_ADJECTIVE_ENDINGS.contains(ending);
        return true;
    }

    /**
     * A Cyrillic name whose nominative ends as no Slavic noun does is a foreign name the grammar leaves undeclined:
     * -у, -ю, -э (Палау, Перу, Тувалу), or -а after a vowel (Самоа; -ия, -ея decline: Германии, Корее). Its stem plus an
     * ending is another word: Палате (of палата, chamber), Самое (самый, most).
     */
    private static boolean undeclinedInCyrillic(String name) {
        if (name.length() < 2 || !isCyrillic(name)) return false;
        char last = name.charAt(name.length() - 1);
        char before = name.charAt(name.length() - 2);
        return last == 'у' || last == 'ю' || last == 'э' || (last == 'а' && CYRILLIC_VOWELS.indexOf(before) >= 0);
    }

    /**
     * A Cyrillic noun in -и, -і, -ы is a plural (Нидерланды, Нідерланди, Мальдиви) or undeclined (Мали, Малі, Чили):
     * either way no singular case ending is a form of it — Мало, Малой are "little", not Mali. Only the plural's and a
     * plural adjective's endings are (Нидерландах, Еміратів). After к or н the word may be an adjective that declines
     * in the singular (Bulgarian Европейски → Европейския; Сполучені), and is left to the endings.
     */
    private static boolean pluralOrUndeclinedInCyrillic(String name) {
        if (name.length() < 3 || !isCyrillic(name)) return false;
        char last = name.charAt(name.length() - 1);
        char before = name.charAt(name.length() - 2);
        return (last == 'и' || last == 'і' || last == 'ы') && before != 'к' && before != 'н';
    }

    private static final String CYRILLIC_VOWELS = "аеиоуыэюяіїєё";
    private static final Set<String> PLURAL_ENDINGS = Set.of("и", "і", "ы", "ах", "ях", "ам", "ям", "ами", "ями", "ов", "ев",
            "ів", "їв", "ей", "ите", "их", "им", "ими", "ых", "ым", "ыми");

    private static boolean isCyrillic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /**
     * Czech and Slovak adjective endings no case of a -sko noun has; Slovak shortens the long ones after a long
     * syllable (írsky, írskej, írskeho: Írsko's adjective, not Írsko).
     */
    private static final Set<String> CZECH_ADJECTIVE_ENDINGS = Set.of("ý", "á", "é", "í", "ou", "ého", "ém", "ému", "ých", "ým", "ými",
            "y", "e", "ej", "eho", "emu", "ych", "ym", "ymi");
    /** Polska, polskie: the adjective's endings that no case of the noun has (Polskiej is both, and stays). */
    private static final Set<String> POLISH_ADJECTIVE_ENDINGS = Set.of("ie", "im", "iego", "ich", "imi", "iemu");

    /** "EU", "ЕС", "NATO", "LeT": capitals only, or a capital after the first letter; matched as written. */
    static boolean isAcronym(String word) {
        if (word.length() > 6) return false;
        // A loop, not two code point streams: asked of every word of a Slavic article (issue 23's cost).
        boolean lowerLetter = false;
        boolean laterCapital = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetter(c) && Character.isLowerCase(c)) lowerLetter = true;
            if (i > 0 && Character.isUpperCase(c)) laterCapital = true;
            i += Character.charCount(c);
        }
        return !lowerLetter || laterCapital;
    }
}
