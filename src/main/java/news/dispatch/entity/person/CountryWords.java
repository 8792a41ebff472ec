package news.dispatch.entity.person;

import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicWords.Word;

/**
 * The words of the countries' names in each Slavic language read by {@link SlavicPersons} and in English, from
 * CLDR: a country's word in any case breaks a run of capitals ("Rosji Donald Tusk"), as no person's name holds one.
 */
final class CountryWords {
    private final Map<String, Set<String>> countryStemsOfLanguage = new HashMap<>();

    CountryWords() {
        for (String language : SlavicPersons.LANGUAGES) countryStemsOfLanguage.put(language, countryStems(language));
    }

    /**
     * A case form of a country's word: its stem is a country's, and it is no bare stem unless the country's name is
     * one ("Rosji", "Мексико", but not "Домінік", which only looks like the stem of "Домініка").
     */
    boolean isCountry(Word w, String language) {
        Set<String> stems = countryStemsOfLanguage.get(language);
        String lower = w.text().toLowerCase(Locale.ROOT);
        String stem = SlavicInflections.stem(lower, language);
        return stems.contains(stem) && (!stem.equals(lower) || stems.contains("=" + lower));
    }

    /**
     * Stems of the words of CLDR's country names in the language (Rosja, Росія, Великобритания) and in English, and
     * the words themselves marked "=".
     */
    private static Set<String> countryStems(String language) {
        Set<String> stems = new HashSet<>();
        ULocale locale = new ULocale(language);
        for (String region : regions()) {
            ULocale country = new ULocale("", region);
            // A part of the world only in the article's language: English "America" is a word of names such as
            // "Make America Great Again", which would leave "Great Again" for a person.
            List<String> names = Character.isDigit(region.charAt(0)) ? List.of(country.getDisplayCountry(locale))
                    : List.of(country.getDisplayCountry(locale), country.getDisplayCountry(ULocale.ENGLISH));
            for (String name : names) {
                String[] parts = name.split("[\\s,()\\-]+");
                for (int p = 0; p < parts.length; p++) {
                    String part = parts[p];
                    // A saint's given name in a country's name is no country word: Tomáš of "Svatý Tomáš a Princův
                    // ostrov" (São Tomé; Slovak "Svätý Tomáš a Princov ostrov"), Martin, Lucie, Helena, Kryštof are given names
                    // before a surname.
                    if (p > 0 && saint(parts[p - 1])) continue;
                    if (parts.length == 1 || !part.isEmpty() && Character.isUpperCase(part.codePointAt(0)) && part.length() > 3) {
                        stems.add(SlavicInflections.stem(part, language));
                        stems.add("=" + part.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return stems;
    }

    /**
     * The countries, and the parts of the world CLDR names (Africa, the Americas, Oceania, Europe, Latin America): no
     * person's name either, though a Slavic article writes them alone and capitalised as it writes a surname
     * ("Америка", "Латинская Америка", which the index had joined into one "person"). Not Asia: a given name
     * (Asia Bibi, Polish Asia of Joanna).
     */
    private static List<String> regions() {
        List<String> regions = new java.util.ArrayList<>(List.of(Locale.getISOCountries()));
        regions.addAll(List.of("002", "009", "019", "150", "419"));
        return regions;
    }

    /** Saint, San, São, Svatý, Svätý, Święty, Sveti, Святой, Сан, Сен … in the countries' names of CLDR. */
    private static final Pattern SAINT = Pattern.compile("(?iu)(?:saint|sainte|st\\.?|san|santa|são|sankt|sv|svat.*|sveti?|"
            + "svet.*|svät.*|święt.*|sw|св|свят.*|свет.*|сан|сен|сент|санкт|сао|сан-|сейнт)");

    private static boolean saint(String word) {
        return SAINT.matcher(word).matches();
    }
}
