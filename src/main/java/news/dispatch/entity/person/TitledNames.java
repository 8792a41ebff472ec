package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.language.SlavicInflections;

/**
 * Persons named by a title and a given name only (titled-names.tsv): "papież Franciszek", "princ Harry", "пророка
 * Мухаммеда" are Pope Francis, Prince Harry and the Prophet Muhammad, though a lone "Franciszek" or "Harry" is anyone.
 * The title must stand right before the given name, in any case form (papieża Franciszka).
 */
final class TitledNames {
    /** One row: the person, the starts of its title words, its given name's nominatives. */
    private record Titled(String name, List<String> titles, List<String> given) {
    }

    /** A title's case form adds at most this many letters to its listed start (papież → papieżowi). */
    private static final int LONGEST_ENDING = 4;

    private static final Pattern FLEETING_E = Pattern.compile("e([^aeiouy])$");

    private final List<Titled> rows = new ArrayList<>();

    private static final class Holder {
        static final TitledNames INSTANCE = new TitledNames();
    }

    private TitledNames() {
        for (Map<String, String> row : GazetteerFile.tsv("titled-names.tsv")) {
            rows.add(new Titled(row.get("name"), GazetteerFile.list(row.get("titles")), GazetteerFile.list(row.get("given"))));
        }
    }

    static TitledNames standard() {
        return Holder.INSTANCE;
    }

    /**
     * The person a given name right after this title word names, in an article in {@code language}, if listed, and
     * only one is: two kings share a spelling (król Filip is Felipe VI or Philippe), and then the title names neither.
     */
    Optional<String> person(String title, String given, String language) {
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        java.util.Set<String> persons = new java.util.TreeSet<>();
        for (Titled t : rows) {
            if (t.titles().stream().noneMatch(s -> isForm(lowerTitle, s))) continue;
            if (t.given().stream().anyMatch(g -> sameGivenName(given, g, language))) persons.add(t.name());
        }
        return persons.size() == 1 ? Optional.of(persons.iterator().next()) : Optional.empty();
    }

    /**
     * The one person whose listed given name a folded lone word is, as written or in a case (Franciszek,
     * Franciszkowi: Pope Francis); empty when none is or several are (Charles, Karol: King Charles III only).
     */
    Optional<String> personOfGivenName(String folded) {
        java.util.Set<String> persons = new java.util.TreeSet<>();
        for (Titled t : rows) {
            for (String g : t.given()) {
                String given = news.dispatch.entity.text.NameFold.fold(g);
                String withoutE = FLEETING_E.matcher(given).replaceFirst("$1");
                if (folded.equals(given) || CaseEndings.caseOf(folded, given) || !withoutE.equals(given) && CaseEndings.caseOf(folded, withoutE)) {
                    persons.add(t.name());
                }
            }
        }
        return persons.size() == 1 ? Optional.of(persons.iterator().next()) : Optional.empty();
    }

    /** The written word is a case form of a given name a listed monarch or pope reigns by (Alžběty, Benedykta). */
    boolean regnalGivenName(String written, String language) {
        return rows.stream().anyMatch(t -> t.given().stream().anyMatch(g -> sameGivenName(written, g, language)));
    }

    private static boolean isForm(String word, String start) {
        return word.startsWith(start) && word.length() - start.length() <= LONGEST_ENDING;
    }

    /** The written word is a case form of this nominative: by its stem, or as one of the nominatives it may stand for. */
    private static boolean sameGivenName(String written, String nominative, String language) {
        if (written.equalsIgnoreCase(nominative)) return true;
        String stem = SlavicInflections.stem(written, language);
        String listed = SlavicInflections.stem(nominative, language);
        // A given name in -ek or -ec loses its e in every other case (Franciszek, Franciszka).
        if (stem.equals(listed) || stem.equals(FLEETING_E.matcher(listed).replaceFirst("$1"))) return true;
        return SlavicInflections.nominatives(written, language).stream().anyMatch(nominative::equalsIgnoreCase);
    }
}
