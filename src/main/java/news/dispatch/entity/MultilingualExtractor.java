package news.dispatch.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.dispatch.entity.organization.OrganizationNames;
import news.dispatch.entity.organization.TransliteratedNames;
import news.dispatch.entity.person.SpeltLetters;
import news.dispatch.entity.place.Country;
import news.dispatch.entity.place.CountryNames;
import news.dispatch.entity.place.FoundCountry;
import news.dispatch.entity.place.PlaceGazetteer;

/**
 * The entities of a text in another language than English: countries and organizations by their names in that
 * language ({@link CountryNames}, {@link OrganizationNames}), persons by the finder given for the language. The
 * English CRF reads no Cyrillic or Arabic and misreads inflected Slavic names, so nothing here depends on it.
 * Thread-safe.
 */
final class MultilingualExtractor {
    /** The persons of a text in one language, and the given names the finder knows. */
    @FunctionalInterface
    interface PersonFinder {
        List<Entity> find(String text, String language);

        /**
         * True when the word, as written in a text of this language, is a given name the finder knows (Доминика,
         * Dominika): a country's name opening a person's name is then that person's given name. A finder that knows
         * none (a test's) says no.
         */
        default boolean givenName(String word, String language) {
            return false;
        }
    }

    private final CountryNames countries = CountryNames.standard();
    private final OrganizationNames organizations = OrganizationNames.standard();
    private final PersonFinder persons;
    /**
     * The places of the tables named by two words or more (New York, Los Angeles, New Hampshire), found in any script
     * or spelling by their consonants (Ню Йорк, Лос Анджелис, Ню Хемпшър): only to say that a name there is no
     * person's. Three consonants are enough for that, where naming an organization takes five.
     */
    private static final TransliteratedNames PLACES = places();

    MultilingualExtractor(PersonFinder persons) {
        this.persons = persons;
    }

    Entities extract(String text, String language) {
        List<Entity> found = persons.find(text, language);
        Map<Country, List<Mention>> byCountry = new LinkedHashMap<>();
        for (FoundCountry f : countries.find(text, language)) {
            if (wordOfAPersonsName(f.mention(), found, language)) continue;
            byCountry.computeIfAbsent(f.country(), k -> new ArrayList<>()).add(f.mention());
        }
        List<Entity> places = byCountry.entrySet().stream()
                .map(e -> new Entity(e.getKey().name(), e.getKey().code(), e.getValue())).toList();
        // A body's generic names need its country named in the text: the most named first, as in English.
        List<String> countryCodes = byCountry.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .map(e -> e.getKey().code()).toList();
        List<Entity> bodies = organizations.find(text, language, countryCodes);
        // A name the tables know as a country, an organization or a place is no person, whatever a person finder
        // says; nor are Latin letters spelt out (Си Ен Ен).
        List<Mention> known = new ArrayList<>();
        places.forEach(p -> known.addAll(p.mentions()));
        bodies.forEach(b -> known.addAll(b.mentions()));
        PLACES.find(text).forEach(h -> known.add(new Mention(h.start(), h.end(), h.name(), "place")));
        List<Entity> people = found.stream()
                .filter(p -> p.mentions().stream().anyMatch(m -> !SpeltLetters.spelt(m.text())
                        && known.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())))
                .toList();
        return new Entities(people, places, bodies);
    }

    /**
     * A country's name inside a person's name of two words or more is a word of that name when the tables know the
     * name's first word as a given name: opening it, it is the given name (Доминика Раба, Домініка Рабе: Dominic Raab,
     * not Dominica); ending it, the surname (Martin Kuba, Czech: not Cuba). The Slavic person finder keeps a country's
     * word in a name only there: as a name part Wikidata knows before a capitalised word, or after a known given name;
     * a surname or a common word that is a country's form (Niemiec, "Bank of Ireland Francesca …") is neither. The
     * country loses that mention and the person stays. Before, the country won and the person was dropped.
     */
    private boolean wordOfAPersonsName(Mention country, List<Entity> people, String language) {
        for (Entity p : people) {
            for (Mention m : p.mentions()) {
                int space = m.text().indexOf(' ');
                if (space < 0) continue;
                boolean opens = m.start() == country.start() && m.end() > country.end();
                boolean ends = m.end() == country.end() && m.start() < country.start();
                if ((opens || ends) && persons.givenName(m.text().substring(0, space), language)) return true;
            }
        }
        return false;
    }

    private static TransliteratedNames places() {
        TransliteratedNames names = new TransliteratedNames(3);
        PlaceGazetteer.standard().curated().keySet().stream().filter(n -> n.contains(" ")).forEach(n -> names.add(n, n));
        return names;
    }
}
