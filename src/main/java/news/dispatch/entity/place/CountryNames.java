package news.dispatch.entity.place;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.Mention;
import news.dispatch.entity.language.ArabicNisba;
import news.dispatch.entity.language.InflectedNames;
import news.dispatch.entity.language.WordForms;

/**
 * Country names in every language, as written in its texts: CLDR's names and short names for the language (from
 * ICU4J), the forms of country-names.tsv, and the English names and aliases of countries.tsv (UK, USA in any
 * language), found through the language's word forms ({@link WordForms}: Rosji, Росії, والعراق). Built once per
 * language on first use; thread-safe.
 */
public final class CountryNames {
    /** CLDR writes some names with a qualifier: "Hongkong – ZAO Číny", "Гонконг (САР)", "Хонконг, САР на Китай". */
    private static final Pattern QUALIFIER = Pattern.compile("\\s*(?:[–(,]| - ).*$");
    private static final Pattern PLAIN_ENGLISH = Pattern.compile("[\\p{L} ]{2,}");
    /** A region that holds a country's name (Northern Ireland): found, and no country. */
    private static final Country NO_COUNTRY = new Country("", "", java.util.Set.of());
    private static final Set<String> NEW_WORDS = GazetteerFile.words("new-place-words.txt");

    private final CountryGazetteer gazetteer;
    private final Map<String, List<String[]>> supplement = new HashMap<>();
    private final Map<String, LanguageNames> byLanguage = new ConcurrentHashMap<>();

    /** A language's country names, and which of them are adjectives (Arabic nisbas) rather than names. */
    private record LanguageNames(InflectedNames<Country> names, Set<String> adjectives) {
    }

    private static final class Holder {
        static final CountryNames INSTANCE = new CountryNames(CountryGazetteer.standard());
    }

    private CountryNames(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Map<String, String> row : GazetteerFile.tsv("country-names.tsv")) {
            for (String form : GazetteerFile.list(row.get("forms"))) {
                supplement.computeIfAbsent(row.get("language"), k -> new ArrayList<>()).add(new String[] {row.get("country"), form});
            }
        }
    }

    public static CountryNames standard() {
        return Holder.INSTANCE;
    }

    /** The countries named in {@code text}, written in {@code language}. */
    public List<FoundCountry> find(String text, String language) {
        List<FoundCountry> found = new ArrayList<>();
        LanguageNames names = names(language);
        for (InflectedNames.NameMatch<Country> hit : names.names().find(text)) {
            if (hit.value() == NO_COUNTRY || afterNew(text, hit.start())) continue;
            boolean adjective = names.adjectives().contains(hit.name());
            if (adjective && ArabicCountryAdjectives.isPartOfAName(text, hit.start(), hit.end())) continue;
            found.add(new FoundCountry(hit.value(), new Mention(hit.start(), hit.end(), text.substring(hit.start(), hit.end()),
                    (adjective ? "adjective " : "name ") + hit.name() + " (" + language + ")")));
        }
        return found;
    }

    /**
     * Whether the name at {@code start} follows a capitalized "New" (new-place-words.txt) across one space or hyphen:
     * Нью-Мексико, Ню Джърси, Nowy Meksyk name a US state, not Mexico or Jersey.
     */
    static boolean afterNew(String text, int start) {
        int end = start;
        if (end > 0 && (text.charAt(end - 1) == '-' || text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00A0')) end--;
        else return false;
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) from--;
        if (from == end || !Character.isUpperCase(text.charAt(from))) return false;
        return NEW_WORDS.contains(text.substring(from, end).toLowerCase(java.util.Locale.ROOT));
    }

    private LanguageNames names(String language) {
        return byLanguage.computeIfAbsent(language, this::build);
    }

    private LanguageNames build(String language) {
        InflectedNames<Country> names = new InflectedNames<>(WordForms.of(language));
        ArabicCountryAdjectives nisbas = new ArabicCountryAdjectives();
        for (String[] row : supplement.getOrDefault(language, List.of())) {
            Optional<Country> country = row[0].isEmpty() ? Optional.of(NO_COUNTRY) : gazetteer.byName(row[0]);
            if (country.isEmpty()) throw new IllegalStateException("country-names.tsv: no country named " + row[0]);
            names.add(row[1], country.get());
            if (language.equals("ar") && !row[0].isEmpty()) nisbas.add(row[1], country.get());
        }
        ULocale locale = new ULocale(language);
        LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT);
        for (Country c : gazetteer.countries()) {
            if (c.notes().contains("historical")) continue;
            for (String name : List.of(new ULocale("", c.code()).getDisplayCountry(locale), shortNames.regionDisplayName(c.code()))) {
                if (name == null || name.equals(c.code())) continue; // ICU gives the code back when it has no name
                names.add(name, c);
                String head = QUALIFIER.matcher(name).replaceAll("");
                if (!head.isEmpty()) names.add(head, c);
                if (language.equals("ar")) nisbas.add(head, c);
            }
        }
        for (CountryTerm t : gazetteer.terms()) {
            Country c = t.country();
            boolean ambiguous = c.isAmbiguous("person") || c.isAmbiguous("word") || c.notes().contains("historical");
            if ((t.kind() == CountryTerm.Kind.NAME || t.kind() == CountryTerm.Kind.ALIAS) && !ambiguous
                    && PLAIN_ENGLISH.matcher(t.surface()).matches()) {
                names.add(t.surface(), c);
            }
        }
        // Added last: a name always wins over a like-spelled adjective.
        Set<String> adjectives = language.equals("ar") ? nisbas.addTo(names) : Set.of();
        return new LanguageNames(names, adjectives);
    }
}
