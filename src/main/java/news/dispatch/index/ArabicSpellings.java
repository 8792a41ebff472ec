package news.dispatch.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.dispatch.entity.language.ArabicWordForms;
import news.dispatch.entity.person.ArabicPersons;
import news.dispatch.entity.person.PersonName;

/**
 * A query's person names across the Arabic script, through the entity table (arabic-persons.tsv) rather than by
 * transliterating: Arabic writes no short vowels, so بوتين could be read many ways, and the table knows it is Putin.
 * {@link #latin} spells the Arabic names of a query in Latin letters (بوتين → Putin, فلاديمير بوتين → Vladimir Putin),
 * which the cross-script keys then take to every alphabet; {@link #arabic} spells a query's Latin or Cyrillic names
 * in Arabic letters (Putin, Путин, Putina → بوتين; "Theresa May" → "تيريزا ماي"), for the Arabic articles' own
 * reading. A surname alone is spelled only where the table gives one (May, the month, has none). Thread-safe.
 */
public final class ArabicSpellings {
    private final Map<String, String> arabicOfKeys = new HashMap<>();
    private final Map<String, String> latinOfKeys = new HashMap<>();
    private final int longest;

    private static final class Holder {
        static final ArabicSpellings INSTANCE = new ArabicSpellings(ArabicPersons.standard().spellings());
    }

    private ArabicSpellings(List<ArabicPersons.Spelling> spellings) {
        int most = 1;
        for (ArabicPersons.Spelling s : spellings) {
            String[] words = s.name().split("\\s+");
            most = Math.max(most, words.length);
            String surname = PersonName.surname(s.name());
            if (!s.full().isEmpty()) arabicOfKeys.putIfAbsent(latinKeys(s.name()), s.full().getFirst());
            if (!s.surnames().isEmpty()) arabicOfKeys.putIfAbsent(CrossScriptAnalyzer.key(surname), s.surnames().getFirst());
            for (String full : s.full()) {
                latinOfKeys.putIfAbsent(arabicKeys(full), s.name());
                most = Math.max(most, full.split("\\s+").length);
            }
            for (String form : s.surnames()) latinOfKeys.putIfAbsent(arabicKeys(form), surname);
        }
        this.longest = most;
    }

    public static ArabicSpellings standard() {
        return Holder.INSTANCE;
    }

    /**
     * The query with the Arabic names the table knows spelled as English coverage names them; others as written. A
     * query without Arabic letters comes back as it is, without loading the table.
     */
    public static String latin(String text) {
        if (text.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) return text;
        return standard().latinOf(text);
    }

    private String latinOf(String text) {
        return NameRuns.replace(text, longest, word -> isArabic(word) ? ArabicWordForms.INSTANCE.keysOf(word) : List.of(), latinOfKeys);
    }

    /** The query with the Latin or Cyrillic names the table knows spelled in Arabic letters; others as written. */
    public String arabic(String text) {
        return NameRuns.replace(text, longest, word -> isArabic(word) ? List.of() : CrossScriptAnalyzer.keysOf(word), arabicOfKeys);
    }

    private static boolean isArabic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    private static String latinKeys(String name) {
        List<String> keys = new ArrayList<>();
        for (String w : name.split("\\s+")) keys.add(CrossScriptAnalyzer.key(w));
        return NameRuns.joined(keys);
    }

    private static String arabicKeys(String name) {
        List<String> keys = new ArrayList<>();
        for (String w : name.split("\\s+")) keys.add(ArabicWordForms.INSTANCE.key(w));
        return NameRuns.joined(keys);
    }
}
