package news.dispatch.entity.person;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicCandidates.Candidate;
import news.dispatch.entity.person.SlavicWords.Word;

/**
 * Gathers the names found in a Slavic article into persons: a full name joins the person of the same given-name
 * and surname stems, a surname alone the full name it ends; a lone word with no full name is a person only when a
 * title cued it, a verb of saying names it as its speaker, or it names a listed person, a titled one, a sacred
 * figure or a family.
 */
final class SlavicMentionGroups {
    private final CrossScriptNames names = CrossScriptNames.standard();
    private final TitledNames titledNames = TitledNames.standard();
    private final SlavicNameParts nameParts;
    private final SlavicPlaces placeWords;
    private final SlavicNominatives nominatives;

    SlavicMentionGroups(SlavicNameParts nameParts, SlavicPlaces placeWords, SlavicNominatives nominatives) {
        this.nameParts = nameParts;
        this.placeWords = placeWords;
        this.nominatives = nominatives;
    }

    void addFull(List<SlavicPerson> persons, List<Word> words, String language) {
        Word last = words.getLast();
        Word first = words.getFirst();
        String surname = SlavicInflections.stem(last.text(), language);
        String given = first.initial() ? first.text().substring(0, 1).toLowerCase(Locale.ROOT)
                : SlavicInflections.stem(first.text(), language);
        for (SlavicPerson p : persons) {
            if (p.surnameStem.equals(surname) && (p.givenStem.equals(given)
                    || given.length() == 1 && p.givenStem.startsWith(given)
                    || p.givenStem.length() == 1 && given.startsWith(p.givenStem))) {
                p.mentions.add(words);
                if (p.givenStem.length() == 1) p.givenStem = given;
                p.length = Math.max(p.length, words.size());
                return;
            }
        }
        SlavicPerson p = new SlavicPerson();
        p.mentions.add(words);
        p.givenStem = given;
        p.surnameStem = surname;
        p.length = words.size();
        persons.add(p);
    }

    void addLone(List<SlavicPerson> persons, Candidate c, String language, Map<Integer, Word> wordBefore,
                 Set<String> speakers) {
        Word w = c.words().getFirst();
        String stem = SlavicInflections.stem(w.text(), language);
        SlavicPerson best = null;
        for (SlavicPerson p : persons) {
            if (p.length < 2 || !p.surnameStem.equals(stem)) continue;
            if (best == null || p.mentions.size() > best.mentions.size()) best = p;
        }
        if (best == null) {
            for (SlavicPerson p : persons) {
                if (p.length == 1 && p.surnameStem.equals(stem)) best = p;
            }
        }
        // A given name right after its title (papież Franciszek, принц Хари) is that one person: titled-names.tsv.
        Word title = wordBefore.get(w.start());
        Optional<String> titled = best == null && title != null ? titledNames.person(title.text(), w.text(), language)
                : Optional.empty();
        if (titled.isPresent()) {
            best = lone(persons, stem, titled.get());
        }
        Optional<String> sacred = nameParts.sacred(w, language);
        if (best == null && sacred.isPresent()) {
            best = lone(persons, stem, sacred.get());
        }
        if (best == null) {
            // A lone place is no person, though a listed person bears its name (Madridu: Miguel de la Madrid).
            if (!c.cued() && (placeWords.onePlace(w.text()) || placeWords.readsAsPlace(w, language))) return;
            boolean known = language != null && nominatives.knownAlone(w, language).isPresent();
            // After a title, a place in an oblique case is what the office is of ("gradonačelnika Zagreba", "burmistrza
            // Londynu": the mayor of Zagreb, of London), not a person, unless a listed person bears the word alone.
            if (c.cued() && !known && !placeWords.onePlace(w.text()) && placeWords.readsAsPlace(w, language)) return;
            Optional<String> family = known || c.cued() ? Optional.empty() : family(w, language);
            // A word a verb of saying names as its speaker somewhere in the article is a person, as a cued one is.
            if (!known && !c.cued() && family.isEmpty() && !speakers.contains(stem)) return;
            best = lone(persons, stem, family.orElse(null));
        }
        best.mentions.add(c.words());
    }

    /** A new person of one lone word, with the name given outright (or null: its nominative is read later). */
    private static SlavicPerson lone(List<SlavicPerson> persons, String stem, String givenName) {
        SlavicPerson p = new SlavicPerson();
        p.givenStem = "";
        p.surnameStem = stem;
        p.length = 1;
        p.sacred = givenName;
        persons.add(p);
        return p;
    }

    private static final Pattern FAMILY = Pattern.compile("(?:ей|ям|ями|ях|и)$");

    /**
     * A Russian family under its surname in the plural (Скрипали, семья Скрипалей): the person of
     * person-variants.tsv of that surname in the singular (Скрипаль: Sergei Skripal), when the word is no name part
     * of its own (Сергей, Андрей end so too). Ukrainian (Скрипалі) is not read so: its transliteration (Skrypal)
     * meets no listed spelling.
     */
    private Optional<String> family(Word w, String language) {
        if (!"ru".equals(language) || nameParts.namePart(w, language)) return Optional.empty();
        Matcher plural = FAMILY.matcher(w.text());
        if (!plural.find() || plural.start() < 4) return Optional.empty();
        String base = w.text().substring(0, plural.start());
        for (String singular : List.of(base + "ь", base)) {
            Optional<String> known = names.known(null, names.latin(singular, language));
            if (known.isPresent() && known.get().contains(" ")) return known;
        }
        return Optional.empty();
    }
}
