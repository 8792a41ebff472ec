package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicNameGrammar.femaleForeign;

/**
 * Whether a word of a Slavic article may be part of a person's name: a case form of a name part Wikidata gives
 * persons often, a word of the English name tables, a listed person's surname, or a sacred figure's name
 * (slavic-sacred-names.tsv). The evidence that keeps a word in a name where the cues would cut it.
 */
final class SlavicNameParts {
    private final CrossScriptNames names = CrossScriptNames.standard();
    /**
     * The words of the English tables' names in plain Latin letters, lower case: every spelling of
     * person-variants.tsv, the given names of nicknames.tsv and given-name-variants.tsv, common-surnames.txt.
     */
    private final Set<String> latinNameWords = new HashSet<>();
    /** slavic-sacred-names.tsv: a listed form → the English name (empty: the article's own nominative). */
    private final Map<String, String> sacredNames = new HashMap<>();

    SlavicNameParts() {
        PersonVariants.standard().variantsOfCanonical().forEach((canonical, spellings) -> {
            addNameWords(canonical);
            spellings.forEach(this::addNameWords);
        });
        for (Map<String, String> row : GazetteerFile.tsv("nicknames.tsv")) row.values().forEach(this::addNameWords);
        for (Map<String, String> row : GazetteerFile.tsv("given-name-variants.tsv")) {
            GazetteerFile.list(row.get("spellings")).forEach(this::addNameWords);
        }
        GazetteerFile.words("common-surnames.txt").forEach(this::addNameWords);
        for (Map<String, String> row : GazetteerFile.tsv("slavic-sacred-names.tsv")) {
            for (String form : GazetteerFile.list(row.get("forms"))) sacredNames.put(form, row.get("name"));
        }
    }

    /** A word in plain Latin letters, lower case, is a word of the English tables' names (George, Mordaunt). */
    boolean inEnglishTables(String latinLower) {
        return latinNameWords.contains(latinLower);
    }

    private void addNameWords(String name) {
        for (String word : PersonName.words(name)) latinNameWords.add(CrossScriptNames.ascii(word).toLowerCase(Locale.ROOT));
    }

    /** A case form of a given name or surname of the English tables (Donald, Tuska, Bibi). */
    boolean latinNameWord(Word w, String language) {
        if (latinNameWords.contains(CrossScriptNames.ascii(w.text()).toLowerCase(Locale.ROOT))) return true;
        for (String nominative : SlavicInflections.nominatives(w.text(), language)) {
            if (latinNameWords.contains(CrossScriptNames.ascii(nominative).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * A case form of a given name of a person the tables know (Anna, Annę, Борис): a speaker named by it alone is
     * one of many, and the index-wide step would join it to the known person of that given name.
     */
    boolean knownGivenName(Word w, String language) {
        if (names.knownGivenName(names.latin(w.text(), language))) return true;
        for (String nominative : SlavicInflections.nominatives(w.text(), language)) {
            if (names.knownGivenName(names.latin(nominative, language))) return true;
        }
        return false;
    }

    /** True for a word that may be a case form of a name part Wikidata gives persons often. */
    boolean namePart(Word w, String language) {
        if (w.initial()) return false;
        if (namePart(w.text(), language)) return true;
        // A double given name (Жан-Клод, Jean-Pierre, Жаном-Клодом) is one when each of its halves is.
        String[] halves = w.text().split("-");
        if (halves.length != 2) return false;
        for (String half : halves) {
            if (half.length() < 2 || !Character.isUpperCase(half.codePointAt(0)) || !namePart(half, language)) return false;
        }
        return true;
    }

    boolean namePart(String word, String language) {
        for (String nominative : SlavicInflections.nominatives(femaleForeign(word, language), language)) {
            if (names.isNamePart(nominative, language)) return true;
        }
        return false;
    }

    /** The word as written is the surname of a listed person's canonical name ("Tusk je rekao…" opening a sentence). */
    boolean listedSurname(Word w, String language) {
        return w.text().length() >= 4 && names.known(null, names.latin(w.text(), language)).isPresent();
    }

    /** The word as written, not a case form of another, is a name part Wikidata gives persons (Барри beside Барр). */
    boolean namePartAsWritten(Word w, String language) {
        return names.isNamePart(w.text(), language);
    }

    /**
     * The word is an oblique case form of the surname of one listed person's canonical name (Байдена, Трампу,
     * Putina), not that surname as written and no given name: a name ending in it is that person's. The nominative
     * as written (Marin, Klaus, Ross) is as often another person's given name.
     */
    boolean listedSurnameInCase(Word w, String language) {
        if (w.initial() || knownGivenName(w, language) || listedSurname(w, language)) return false;
        for (String nominative : SlavicInflections.nominatives(w.text(), language)) {
            if (nominative.length() >= 4 && !nominative.equals(w.text())
                    && names.known(null, names.latin(nominative, language)).isPresent()) return true;
        }
        return false;
    }

    /**
     * God, Allah, Jesus Christ or Mahomet (slavic-sacred-names.tsv) in any case: the English name, or "" for the
     * article's own nominative. A form matches when its stem is the word's (Христа, Христу; Boga, Bogu).
     */
    Optional<String> sacred(Word w, String language) {
        String stem = SlavicInflections.stem(w.text(), language);
        for (Map.Entry<String, String> e : sacredNames.entrySet()) {
            if (e.getKey().equals(w.text()) || SlavicInflections.stem(e.getKey(), language).equals(stem)) return Optional.of(e.getValue());
        }
        return Optional.empty();
    }
}
