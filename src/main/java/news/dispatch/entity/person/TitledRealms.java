package news.dispatch.entity.person;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import news.dispatch.entity.person.SlavicWords.Word;

/**
 * A title's realm or see written between the title and the given name it governs ("патриарх Московский Кирилл"):
 * the realm is no surname of the given name after it.
 */
final class TitledRealms {
    private final SlavicCues cues;
    private final SlavicNameParts nameParts;

    TitledRealms(SlavicCues cues, SlavicNameParts nameParts) {
        this.cues = cues;
        this.nameParts = nameParts;
    }

    /** How far before a run a title may stand and still govern a given name after its realm ("патриарх … Руси"). */
    private static final int TITLE_REACH = 4;
    /**
     * A realm's or see's form: a feminine noun's genitive in -и/-ы/-i/-y (Руси, Москвы, Rosji) or a place's adjective
     * (Московский, Krakowski). Not -a/-я, a man's given name in the genitive (Zahida Hamid), nor a nominative in a
     * consonant (Зигмар Габриел), which may be a given name the tables lack before a surname that is also one.
     */
    private static final Pattern REALM_FORM = Pattern.compile(
            "(?iu)(?:[иыiy]|[сц]к(?:ий|ой|ая)|[sc]k[iíý])$");

    /**
     * The run is a capitalised word and a given name the tables know, and a title
     * stands a few words before in the sentence: the first word is the title's realm or see, not a surname
     * ("патриарх Московский Кирилл", "патриарх Московский и всея Руси Кирилл": Patriarch Kirill; "Руси Кирилл"
     * was one person). Slavic news writes a person's given name first, so a word before a lone given name that is
     * itself no given name belongs to the title, and the given name keeps the title's cue. On the BSNLP dev stories
     * (eval bsnlp): persons F1 0.8857 → 0.8869 (ru 0.890 → 0.897, every other language unchanged), 17 false persons
     * fewer, false merges and one-name share unchanged; on the unannotated covid-19 and us_election_2020 stories one
     * article changes ("председатель Еврокомиссии Урсула фон дер Ляйен" gains the lone Урсула).
     */
    boolean realmBeforeTitledGivenName(List<Word> words, int k, int runStart, int runEnd, String language) {
        if (k != runStart || runEnd - runStart != 2) return false;
        Word realm = words.get(k);
        Word given = words.get(k + 1);
        if (realm.sentenceStart() || nameParts.knownGivenName(realm, language) || nameParts.listedSurname(realm, language)
                || nameParts.namePart(realm, language) || nameParts.latinNameWord(realm, language)
                || !REALM_FORM.matcher(realm.text()).find() || !nameParts.knownGivenName(given, language)
                || endsAlike(realm, given)) return false;
        for (int b = runStart - 1; b >= Math.max(0, runStart - TITLE_REACH); b--) {
            if (cues.isCue(words.get(b))) return true;
            if (words.get(b).sentenceStart()) return false;
        }
        return false;
    }

    /**
     * Two words ending in the same letter may be one name's words agreeing in case (Азии Биби, Asii Bibi: Asia Bibi's
     * genitive); a realm's genitive before a given name in the nominative (Руси Кирилл) ends otherwise.
     */
    private static boolean endsAlike(Word a, Word b) {
        String x = a.text().toLowerCase(Locale.ROOT);
        String y = b.text().toLowerCase(Locale.ROOT);
        return x.charAt(x.length() - 1) == y.charAt(y.length() - 1);
    }
}
