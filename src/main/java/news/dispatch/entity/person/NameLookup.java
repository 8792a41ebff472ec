package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.dispatch.entity.organization.OrganizationGazetteer;
import news.dispatch.entity.place.CountryGazetteer;
import news.dispatch.entity.place.CountryTerm;
import news.dispatch.entity.place.PlaceGazetteer;

/**
 * What the read-only tables know about a person name, for checking a facet's values (the evaluation's
 * {@code top-persons}): whether a gazetteer knows it as something else, and the forms that make two names one
 * person. Nothing here changes extraction.
 */
public final class NameLookup {
    private final Map<String, String> otherKind = new HashMap<>();
    private final NotAPerson notAPerson;
    private final Set<String> titles;
    private final OrganizationGazetteer organizations = OrganizationGazetteer.standard();

    public NameLookup() {
        for (CountryTerm t : CountryGazetteer.standard().terms()) otherKind.putIfAbsent(fold(t.surface()), "country " + t.country().name());
        PlaceGazetteer.standard().curated().forEach((name, place) -> otherKind.putIfAbsent(fold(name), "place " + place.name()));
        notAPerson = new NotAPerson(NameForms.standard().givenNames());
        titles = NameOpeners.standard().titles();
    }

    /** Why {@code name} looks like no person ("organization NATO", "place Capitol Hill", "title Pope"), if it does. */
    public Optional<String> notAPersonBecause(String name) {
        Optional<String> org = organizations.canonicalOf(name);
        if (org.isPresent()) return Optional.of("organization " + org.get());
        String kind = otherKind.get(fold(name));
        if (kind != null) return Optional.of(kind);
        if (notAPerson.test(name)) return Optional.of("place, building or event word (non-person-words.txt)");
        List<String> words = List.of(PersonName.words(name));
        if (titles.contains(fold(words.getLast()))) return Optional.of("ends with a title");
        return Optional.empty();
    }

    /** The key under which two forms of one name meet: initials dropped, formal given name ("Chris" → Christopher). */
    public String sameNameKey(String name) {
        return NameForms.standard().key(name);
    }

    /** Whether two surnames are close enough to be one misspelled ("Zelenskyy", "Zelensky"). */
    public static boolean closeSpelling(String a, String b) {
        return FullNames.isCloseSpelling(a, b, PersonName.editDistance(a, b));
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
