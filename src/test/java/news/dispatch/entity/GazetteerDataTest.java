package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.dispatch.SharedData;
import news.dispatch.entity.person.PersonVariants;
import news.dispatch.entity.place.Place;
import news.dispatch.entity.place.PlaceGazetteer;
import org.junit.jupiter.api.Test;

/** The gazetteer files themselves: complete, consistent, and holding the spellings news uses. */
class GazetteerDataTest {
    private static final List<Map<String, String>> COUNTRIES = GazetteerFile.tsv("countries.tsv");
    private static final List<Map<String, String>> PLACES = GazetteerFile.tsv("places.tsv");
    private static final List<Map<String, String>> PERSONS = GazetteerFile.tsv("person-variants.tsv");
    private static final List<Map<String, String>> REUTERS = GazetteerFile.tsv("reuters-places.tsv");

    private static Set<String> countryCodes() {
        Set<String> codes = new HashSet<>();
        COUNTRIES.forEach(r -> codes.add(r.get("code")));
        return codes;
    }

    /** Every spelling of a row (its name and the list columns), for the one-row-per-spelling checks. */
    private static List<String> spellings(Map<String, String> row, String... listColumns) {
        List<String> all = new ArrayList<>(List.of(row.get("name")));
        for (String column : listColumns) all.addAll(GazetteerFile.list(row.get(column)));
        return all;
    }

    private static Map<String, String> ownerOfEachSpelling(List<Map<String, String>> rows, List<String> problems,
                                                          String... listColumns) {
        Map<String, String> owner = new HashMap<>();
        for (Map<String, String> row : rows) {
            for (String s : new HashSet<>(spellings(row, listColumns))) {
                String previous = owner.putIfAbsent(s, row.get("name"));
                if (previous != null) problems.add(s + " (" + previous + ", " + row.get("name") + ")");
            }
        }
        return owner;
    }

    private static Place place(String spelling) {
        return PlaceGazetteer.standard().lookup(spelling).orElseThrow(() -> new AssertionError("no place " + spelling));
    }

    @Test
    void everyIsoCountryTheJdkKnowsHasARow() {
        Set<String> missing = new TreeSet<>(Set.of(Locale.getISOCountries()));
        missing.removeAll(countryCodes());
        assertEquals(Set.of(), missing);
    }

    @Test
    void noCountrySpellingBelongsToTwoRows() {
        List<String> shared = new ArrayList<>();
        ownerOfEachSpelling(COUNTRIES, shared, "aliases", "demonyms", "metonyms");
        assertEquals(List.of(), shared);
    }

    @Test
    void noPlaceSpellingBelongsToTwoRows() {
        List<String> shared = new ArrayList<>();
        ownerOfEachSpelling(PLACES, shared, "variants");
        assertEquals(List.of(), shared);
    }

    @Test
    void everyPlaceRollsUpToAKnownCountryCodeOrToNone() {
        Set<String> codes = countryCodes();
        List<String> unknown = PLACES.stream().filter(r -> !r.get("code").isEmpty() && !codes.contains(r.get("code")))
                .map(r -> r.get("name") + " " + r.get("code")).toList();
        assertEquals(List.of(), unknown);
    }

    @Test
    void aPlaceSpelledLikeACountryTermRollsUpToThatCountry() {
        Map<String, Set<String>> codesOfTerm = new HashMap<>();
        for (Map<String, String> row : COUNTRIES) {
            for (String s : spellings(row, "aliases", "demonyms", "metonyms")) {
                codesOfTerm.computeIfAbsent(s, k -> new HashSet<>()).add(row.get("code"));
            }
        }
        List<String> conflicts = new ArrayList<>();
        for (Map<String, String> row : PLACES) {
            for (String s : spellings(row, "variants")) {
                Set<String> codes = codesOfTerm.get(s);
                // Georgia the US state is the one deliberate clash: CountryResolver decides by context.
                if (codes != null && !codes.contains(row.get("code")) && !s.equals("Georgia")) {
                    conflicts.add(s + " " + row.get("code") + " vs " + codes);
                }
            }
        }
        assertEquals(List.of(), conflicts);
    }

    @Test
    void thePlacesGazetteerCoversCapitalsRegionsAndCitiesOfTheNews() {
        assertTrue(PLACES.size() >= 1000, "places.tsv has " + PLACES.size() + " rows");
        assertTrue(PLACES.stream().filter(r -> r.get("kind").equals("capital")).count() >= 190);
        assertTrue(PLACES.stream().filter(r -> r.get("code").equals("US") && r.get("kind").equals("region")).count() >= 50);
    }

    @Test
    void ukrainianPlacesAreFoundUnderEverySpellingTheNewsUses() {
        for (String s : List.of("Kyiv", "Kiev", "Kyjiv", "Zaporizhzhia", "Zaporizhya", "Zaporozhye", "Bucha", "Buca",
                "Luhansk", "Lugansk", "Donetsk", "Kherson", "Crimea", "Kyivska", "Kharkiv", "Kharkov", "Odesa", "Odessa",
                "Mariupol", "Bakhmut")) {
            assertEquals("UA", place(s).code(), s);
        }
        assertEquals("Zaporizhzhia", place("Zaporozhye").name());
        assertEquals("Bucha", place("Buca").name());
    }

    @Test
    void theFourNationsOfTheUnitedKingdomRollUpToIt() {
        for (String s : List.of("England", "Scotland", "Wales", "Northern Ireland")) assertEquals("GB", place(s).code(), s);
    }

    @Test
    void seasAndRegionsSharedByCountriesRollUpToNone() {
        for (String s : List.of("South China Sea", "Taiwan Strait", "Gulf of Mexico", "Persian Gulf", "Kashmir", "Latin America")) {
            assertEquals("", place(s).code(), s);
        }
    }

    @Test
    void theSpecialRowsTheAmbiguityRulesReadAreKept() {
        assertEquals("US", place("Georgia").code());
        assertEquals("US", place("Washington").code());
        assertEquals("US", place("Idaho").code());
        assertEquals("GB", place("Canterbury").code());
        assertEquals("PS", place("Gaza").code());
        assertEquals("SY", place("Idlib").code());
    }

    @Test
    void noPersonSpellingBelongsToTwoPersons() {
        List<String> shared = new ArrayList<>();
        ownerOfEachSpelling(PERSONS, shared, "variants");
        assertEquals(List.of(), shared);
        assertTrue(PERSONS.size() >= 300, "person-variants.tsv has " + PERSONS.size() + " rows");
    }

    @Test
    void transliterationsOfNewsmakersMergeIntoOneName() {
        PersonVariants v = PersonVariants.standard();
        Map<String, String> expected = Map.of("Zelenskyy", "Volodymyr Zelensky", "Sergei Lavrov", "Sergey Lavrov",
                "Muammar Qaddafi", "Muammar Gaddafi", "Kadhafi", "Muammar Gaddafi", "Qassem Soleimani", "Qasem Soleimani",
                "Qasim Soleimani", "Qasem Soleimani", "Mikhail Gorbachov", "Mikhail Gorbachev", "Boris Eltsin", "Boris Yeltsin",
                "Kim Jong Un", "Kim Jong-un", "Poehl", "Karl Otto Pöhl");
        expected.forEach((variant, canonical) -> assertEquals(canonical, v.canonicalOf(variant).orElse(null), variant));
        assertEquals("Yasuhiro Nakasone", v.bySurname("Nakasone").orElse(null));
    }

    @Test
    void everyReutersPlaceCodeMapsToACountryOfTheGazetteer() throws IOException {
        Set<String> names = new HashSet<>();
        COUNTRIES.forEach(r -> names.add(r.get("name")));
        Set<String> mapped = new HashSet<>();
        for (Map<String, String> row : REUTERS) {
            assertTrue(names.contains(row.get("name")), row.get("reuters") + " -> " + row.get("name"));
            mapped.add(row.get("reuters"));
        }
        Set<String> all = new TreeSet<>(List.of(Files.readString(
                SharedData.require("data/reuters21578/all-places-strings.lc.txt")).split("\\s+")));
        all.remove("");
        all.removeAll(mapped);
        assertEquals(Set.of(), all);
    }
}
