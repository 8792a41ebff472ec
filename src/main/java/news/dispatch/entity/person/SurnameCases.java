package news.dispatch.entity.person;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicNameGrammar.femaleForeign;

/**
 * What case a full name's surname is in where its own ending cannot say: the person's other mentions in the article
 * tell, one writing the surname in the nominative or as the stem a case ending leaves.
 */
final class SurnameCases {
    private SurnameCases() {
    }

    /**
     * After a given name in -i that takes no case ending (Кенні, Гарри), the surname's -а alone cannot say whether it
     * is a man's genitive or a nominative (Кенні Джейкобса, Рене ДиРеста): the person's other mentions can. When one
     * writes the surname as the stem the -а leaves, or in another case of that stem (Джейкобс, Джейкобсом), the -а
     * is a case ending too.
     */
    static boolean declinedElsewhere(SlavicPerson p, String language) {
        List<String> written = p.mentions.stream().filter(m -> m.size() == p.length).map(m -> m.getLast().text()).distinct().toList();
        if (written.size() != 1 || !GivenNameCases.MANS_CASE_ENDING.matcher(written.getFirst()).find()) return false;
        String surname = written.getFirst();
        List<String> stems = SlavicInflections.nominatives(surname, language).stream().filter(n -> !n.equals(surname)).toList();
        for (List<Word> m : p.mentions) {
            String other = m.getLast().text();
            if (other.equals(surname) || m.getLast().initial()) continue;
            if (SlavicInflections.nominatives(other, language).stream().anyMatch(stems::contains)) return true;
        }
        return false;
    }

    /** A given name ending in a consonant: a man's, which a case ending would change (Chris, Chrisa; Егор, Егора). */
    private static final Pattern ENDS_IN_CONSONANT = Pattern.compile("(?iu)[b-df-hj-np-tv-xzčćďľňřšťžłńśźżбвгґджзйклмнпрстфхцчшщ]$");

    /**
     * Endings of a man's surname in a case after a consonant, in every language (-a, -u, -em, -om, -owi; -а, -у, -ом):
     * a place named after a person keeps the given name as written before a declined surname (sl "na Roland Garrosu").
     */
    private static final Pattern MANS_CASE = Pattern.compile("(?iu)(?<=[^aeiouyаеиоуыэюяіїє])(?:a|u|em|om|ovi|owi|iem|ju|ja|jem|а|у|ом|ем|ым|ові)$");

    /**
     * The surname as a full mention writes it after the given name in its nominative, where the article writes the
     * surname in more than one form (sl "Chris Wallace" beside "Chrisa Wallaca": Wallace, not the Wallaca the Slovene
     * -e/-a endings vote for): a man's given name in a consonant shows his case, so beside it in the nominative the
     * surname is one too. Only one such form, never an initial, an oblique form, a man's case ending nor a Czech or
     * Slovak woman's -ová (Kim Wehleová is Kim Wehle).
     */
    static Optional<String> besideNominative(List<List<Word>> full, String given, String language) {
        if (!ENDS_IN_CONSONANT.matcher(given).find() || full.stream().map(m -> m.getLast().text()).distinct().count() < 2) {
            return Optional.empty();
        }
        List<String> surnames = full.stream().filter(m -> !m.getFirst().initial() && m.getFirst().text().equals(given))
                .map(m -> m.getLast()).filter(w -> !w.initial() && !SlavicInflections.oblique(w.text(), language)
                        && femaleForeign(w.text(), language).equals(w.text()) && !MANS_CASE.matcher(w.text()).find())
                .map(Word::text).distinct().toList();
        return surnames.size() == 1 ? Optional.of(surnames.getFirst()) : Optional.empty();
    }
}
