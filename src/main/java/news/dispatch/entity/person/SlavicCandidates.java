package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import news.dispatch.entity.language.CommonWords;
import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicNameGrammar.possessive;
import static news.dispatch.entity.person.SlavicNameGrammar.womansSurname;
import static news.dispatch.entity.person.SlavicWords.adjacent;

/**
 * The candidate names of a Slavic article: runs of capitalised words within a sentence, split where a cue, a
 * country, a place, an institution's word or a common word stands, the name of a body or place named after a person dropped, a sentence's first
 * word kept only when the article supports it as a name ({@link SentenceOpeners}), a title's realm before a given
 * name cut off ({@link TitledRealms}). Each run remembers whether a title cued it.
 */
final class SlavicCandidates {
    private static final int LONGEST_NAME = 3;
    /** Marks the stems among the lower-case words of an article (no word contains it). */
    static final String STEM_MARK = "\u0000";

    private final SlavicCues cues;
    private final CountryWords countries;
    private final SlavicNameParts nameParts;
    private final SlavicPlaces placeWords;
    private final SentenceOpeners openers;
    private final TitledRealms realms;
    private final NamedAfterPersons namedAfterPersons;

    SlavicCandidates(SlavicCues cues, CountryWords countries, SlavicNameParts nameParts, SlavicPlaces placeWords,
                     NamedAfterPersons namedAfterPersons) {
        this.cues = cues;
        this.namedAfterPersons = namedAfterPersons;
        this.countries = countries;
        this.nameParts = nameParts;
        this.placeWords = placeWords;
        this.openers = new SentenceOpeners(cues, nameParts);
        this.realms = new TitledRealms(cues, nameParts);
    }

    record Candidate(List<Word> words, boolean cued) {
    }

    /** Runs of capitalised words within a sentence, split at countries and cue words, sentence openers weighed. */
    List<Candidate> candidates(List<Word> words, String language, Set<String> lowerWords, Set<String> capitalStems,
                               Set<Integer> oblique) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> aloneStems = aloneStems(words, language);
        Map<String, Integer> pairCounts = SentenceOpeners.pairCounts(words);
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).capital() && !words.get(i).initial()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < words.size() && (words.get(j).capital() || words.get(j).initial())
                    && adjacent(words.get(j - 1), words.get(j))) j++;
            if (namedAfterPersons.named(words, i, j, language)) {
                i = j;
                continue;
            }
            boolean firmBefore = i > 0 && cues.firmWord(words.get(i - 1)) && adjacent(words.get(i - 1), words.get(i))
                    && !fullNameAfterFirm(words, i, j, language);
            Word cue = i > 0 && cues.isCue(words.get(i - 1)) && adjacent(words.get(i - 1), words.get(i)) ? words.get(i - 1) : null;
            // A title across a body's acronym cues the name (президент США Дональд Трамп), but says its case only where
            // the name shows none of its own, initials before the surname (член-корреспондента РАН Д. Ю. Логунова): a
            // given name written out may be a subject after a genitive title (на выборах президента США Анджей Дуда).
            boolean acronymCue = cue == null && acronymAfterCue(words, i);
            if (acronymCue && initialsBeforeLast(words, i, j)) cue = words.get(i - 2);
            boolean cued = cue != null || acronymCue;
            // A closing word right after the run, in lower case as Bulgarian writes a medium's second word ("Фокс нюз"),
            // takes the run's last word too.
            boolean closedAfter = j < words.size() && cues.closesName(words.get(j)) && adjacent(words.get(j - 1), words.get(j));
            List<Word> piece = new ArrayList<>();
            boolean[] compassPlace = new boolean[j - i];
            for (int k = i; k + 1 < j; k++) {
                if (placeWords.compassPlace(words.get(k), words.get(k + 1), language)) compassPlace[k - i] = compassPlace[k + 1 - i] = true;
            }
            for (int k = i; k < j; k++) {
                Word w = words.get(k);
                // After a colon, two capitalised words are a credit's or a speaker's name ("Превод и редакция: Юлиян
                // Марков", "FOTO: Geert Vanden Wijngaert"), not a sentence's opener and the word after it.
                boolean opener = k == i && w.sentenceStart() && !(w.afterColon() && k + 1 < j);
                // A place's name of two words ("кметът на Ню Йорк Бил де Блазио", "в Град Уилмингтън", "Антрим Каунти",
                // "Warner Bros"): its opening word takes the word after it, its closing word the word before it, and
                // the person's name, if any, starts after them (slavic-place-name-words.tsv).
                if (closedAfter && k == j - 1) {
                    flush(candidates, piece, cued, cue, language, oblique);
                    piece = new ArrayList<>();
                    continue;
                }
                if (cues.opensPlace(w) || cues.closesName(w)) {
                    if (cues.closesName(w) && !piece.isEmpty()) piece.removeLast();
                    flush(candidates, piece, cued, cue, language, oblique);
                    piece = new ArrayList<>();
                    cued = false;
                    if (cues.opensPlace(w)) {
                        while (k + 1 < j && cues.opensPlace(words.get(k + 1))) k++;
                        if (k + 1 < j) k++;
                    }
                    continue;
                }
                if (k + 1 < j && !compassPlace[k - i] && womansSurname(words.get(k + 1), language) && !cues.isCue(w) && !countries.isCountry(w, language)
                        && !cues.institutional(w, language) && !lowerWords.contains(w.text().toLowerCase(Locale.ROOT)) && !common(w, language, lowerWords)) {
                    piece.add(w);
                    continue;
                }
                // A word that is no name's after a listed person's surname opens the next headline or clause, where
                // its full stop is missing ("победу Байдена Обе палаты", "импичмента Байдену Член палаты"): the
                // surname ends the name and the word is dropped.
                if (k > i && k == j - 1 && !piece.isEmpty() && commonAfterListedSurname(words, k, language)) {
                    flush(candidates, piece, cued, cue, language, oblique);
                    cued = false;
                    piece = new ArrayList<>();
                    continue;
                }
                if (k == i && firmBefore || compassPlace[k - i] || cues.isCue(w) || countries.isCountry(w, language) && !nameParts.namePart(w, language) && !surnameAfterGivenName(words, k, i, language) || common(w, language, lowerWords)
                        || cues.institutional(w, language) || placeWords.place(w, language)
                        && !givenNameAsPlace(words, k, i, j, language, aloneStems) || possessive(w, language)
                        || (k + 1 < j || placeAfterSurname(words, k, i, language)) && placeWords.declinedPlace(w, language)
                        || realms.realmBeforeTitledGivenName(words, k, i, j, language)
                        || k == i && k + 1 < j && placeWords.placeAdjective(w, language)
                        || CommonWords.reads(language) && !nameParts.namePart(w, language) && CommonWords.common(w.text(), language)
                        && nameParts.sacred(w, language).isEmpty() && !afterGivenName(words, k, i, language)
                        // An Arabic honorific the dictionary lists as a noun still opens a name (Hafiz Saeed, Mułła Omar).
                        && !(k + 1 < j && ArabicHonorificNames.honorific(w.text(), language))
                        || k == i && k + 1 < j && PlaceBeforeName.placeBefore(w.text(), words.get(k + 1).text(), language)
                        && !nameParts.namePart(w, language) && !nameParts.knownGivenName(w, language)
                        || SlavicInflections.adjectival(w.text(), language) && !nameParts.namePart(w, language)
                        && !(SURNAME_GENITIVE.matcher(w.text()).find() && afterGivenName(words, k, i, language))
                        || SlavicPersons.CYRILLIC_LANGUAGES.contains(language) && cues.functionWord(w)
                        || opener && !openers.opensName(words, i, j, language, lowerWords, capitalStems, pairCounts)) {
                    flush(candidates, piece, cued, cue, language, oblique);
                    cued = cues.isCue(w) || countries.isCountry(w, language) && (cued || k > i)
                            || realms.realmBeforeTitledGivenName(words, k, i, j, language);
                    if (cues.isCue(w)) cue = w;
                    piece = new ArrayList<>();
                    continue;
                }
                piece.add(w);
            }
            flush(candidates, piece, cued, cue, language, oblique);
            i = j;
        }
        return candidates;
    }

    private void flush(List<Candidate> candidates, List<Word> piece, boolean cued, Word cue, String language,
                              Set<Integer> oblique) {
        List<Word> named = piece;
        while (!named.isEmpty() && named.getLast().initial()) named = named.subList(0, named.size() - 1);
        named = named.subList(0, beforeProductsNumber(named, language));
        // A title before a run longer than a name governs the run's first words, not the name cut from its end.
        boolean whole = named.size() <= LONGEST_NAME;
        if (!whole) named = nameEndingRun(named, language);
        if (named.isEmpty()) return;
        if (latinPhraseInCyrillic(named, language)) return;
        candidates.add(new Candidate(List.copyOf(named), cued && whole));
        if (whole && cue != null && cues.obliqueCue(cue.text(), language)) named.forEach(w -> oblique.add(w.start()));
    }

    /**
     * A Roman numeral after words none of which is a given name, name part or listed monarch's given name
     * (titled-names.tsv) is a product's or a model's number (Sputnik V), not a regnal number: monarchs and popes are
     * numbered after their given name (Karel IV., Alžběty II, Benedykt XVI, Jan Paweł II), so the run ends before such
     * a number (also one read as an initial before a sentence that opens with a capital: "Sputnik V. Teď").
     */
    private int beforeProductsNumber(List<Word> named, String language) {
        for (int k = 1; k < named.size(); k++) {
            String number = named.get(k).text();
            if (number.endsWith(".")) number = number.substring(0, number.length() - 1);
            if (number.isEmpty() || !SlavicWords.ROMAN.matcher(number).matches()) continue;
            // A pope's double name is one given name (Jan Paweł II): any word before the number may be it.
            if (named.subList(0, k).stream().noneMatch(before -> nameParts.knownGivenName(before, language)
                    || nameParts.namePart(before, language) || TitledNames.standard().regnalGivenName(before.text(), language))) return k;
        }
        return named.size();
    }

    /**
     * The name that ends a run of more capitalised words than a name has, or nothing: Slavic news writes a person
     * right after the firm, body or person whose officer they are, with no word between ("Goldman Sachs Lloyd
     * Blankfein", "Sinn Fein Gerry Adams", "Donalda Trumpa Steve Bannon", "Тереза Мей Гевин Баруел"), so such a run
     * ends with the officer's name. It opens at the last name part Wikidata or the tables know that follows a word
     * the tables do not know as a given name (a double given name, José María, stays whole) and leaves two or three
     * words; the cut of full names then weighs a three-word tail like any run. Before, every such run was dropped.
     */
    private List<Word> nameEndingRun(List<Word> run, String language) {
        // A generation or a regnal number closes a longer name ("Josepha Robinette'a Bidena Jr."): the words before
        // it are no officer's name ("Bidena Jr").
        String last = run.getLast().text();
        if (SlavicWords.ROMAN.matcher(last).matches() || last.equalsIgnoreCase("Jr") || last.equalsIgnoreCase("Sr")) return List.of();
        for (int k = run.size() - 2; k >= Math.max(1, run.size() - LONGEST_NAME); k--) {
            if (!(nameParts.knownGivenName(run.get(k), language) || nameParts.namePart(run.get(k), language))
                    || nameParts.knownGivenName(run.get(k - 1), language) || run.get(k - 1).initial()) continue;
            // Two given names opening three words are a longer name's ("Donald John Trump"), which the cut of full
            // names would take for a genitive and the name after it.
            if (run.size() - k == LONGEST_NAME && nameParts.knownGivenName(run.get(k + 1), language)) return List.of();
            return run.subList(k, run.size());
        }
        return List.of();
    }

    /**
     * Two capitalised words after a firm's noun that open with a given name Wikidata knows are a person
     * the firm's office names ("šéf společnosti Michael O'Leary", "rzecznik firmy Robin Kiely", "prvi mož družbe
     * Holger Kowarsch"), not the firm's name, which the noun otherwise introduces ("společnosti Ryanair").
     */
    private boolean fullNameAfterFirm(List<Word> words, int i, int j, String language) {
        return j - i == 2 && nameParts.namePart(words.get(i), language)
                && !(CommonWords.reads(language) && CommonWords.common(words.get(i).text(), language));
    }

    /**
     * Three Latin-script words in a Cyrillic article, one of them no name part Wikidata or the English tables know,
     * are a movement's, an outlet's or a firm's English name quoted as written ("Black Lives Matter", "Cook
     * Political Report"), not a person's: Cyrillic articles write persons' names in their own letters.
     */
    private boolean latinPhraseInCyrillic(List<Word> named, String language) {
        return SlavicPersons.CYRILLIC_LANGUAGES.contains(language) && named.size() == LONGEST_NAME
                && named.stream().noneMatch(w -> CrossScriptNames.isCyrillic(w.text()))
                && named.stream().anyMatch(w -> !nameParts.namePart(w, language) && !nameParts.latinNameWord(w, language));
    }

    /**
     * A one-word English place opening a run of two in a Latin-script article is a given name ("Asia Bibi" in Polish,
     * which writes the continent Azja) when the second word stands alone elsewhere in the article and the place
     * never does: a surname recurs alone, a place named before another name stands alone too.
     */
    private boolean givenNameAsPlace(List<Word> words, int k, int runStart, int runEnd, String language, Set<String> aloneStems) {
        if (k != runStart || runEnd - runStart != 2 || SlavicPersons.CYRILLIC_LANGUAGES.contains(language)) return false;
        Word place = words.get(k);
        Word next = words.get(k + 1);
        return aloneStems.contains(SlavicInflections.stem(next.text(), language))
                && !aloneStems.contains(SlavicInflections.stem(place.text(), language))
                && !placeWords.place(next, language) && !countries.isCountry(next, language);
    }

    /** The stems of the capitalised words written alone inside a sentence: no capital word touching either side. */
    private static Set<String> aloneStems(List<Word> words, String language) {
        Set<String> stems = new HashSet<>();
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            if (!w.capital() || w.sentenceStart()) continue;
            boolean joinedBefore = k > 0 && (words.get(k - 1).capital() || words.get(k - 1).initial()) && adjacent(words.get(k - 1), w);
            boolean joinedAfter = k + 1 < words.size() && (words.get(k + 1).capital() || words.get(k + 1).initial())
                    && adjacent(w, words.get(k + 1));
            if (!joinedBefore && !joinedAfter) stems.add(SlavicInflections.stem(w.text(), language));
        }
        return stems;
    }

    /**
     * A country's word right after a given name the tables know, inside the run, is that person's surname (Martin
     * Kuba, Czech; Kathy Ireland), not the country breaking the run.
     */
    private boolean surnameAfterGivenName(List<Word> words, int k, int runStart, String language) {
        return k > runStart && !words.get(k - 1).sentenceStart() && nameParts.knownGivenName(words.get(k - 1), language);
    }

    /**
     * The word follows, in the same run of capitals, a given name Wikidata knows: it is that person's surname even where
     * the dictionary reads it as a common word (Жан-Клод Юнкер: юнкер is a cadet; Jan Kowal: kowal a smith). A given
     * name dict_uk reads as a person's counts too (Майк Пенс: пенс is a penny; Майк is no Wikidata name part).
     */
    private boolean afterGivenName(List<Word> words, int k, int runStart, String language) {
        return k > runStart && (nameParts.namePart(words.get(k - 1), language)
                || CommonWords.animateName(words.get(k - 1).text(), language)) && !words.get(k - 1).sentenceStart()
                && !CommonWords.common(words.get(k - 1).text(), language);
    }

    /**
     * A man's surname in -ский/-ський in the genitive (Зеленского, Зеленського), which reads as an adjective: after a
     * given name it is the surname (Владимира Зеленского had left a lone Vladimir, which the index joined to another
     * Volodymyr). Not the other adjectival cases, which after a given name were titles and places on the BSNLP dev
     * stories (Папой Римским, Дейвис Британският) or a woman's name read as a man's (Agaty Kowalskiej).
     */
    private static final Pattern SURNAME_GENITIVE = Pattern.compile("(?iu)(?:ского|ського)$");

    /**
     * The word ends a run right after a listed person's surname written as its nominative ("Biden Arizonu", a
     * headline's "who where"): a declined place there is no part of the name, as a declined surname after a given
     * name is (Katarzyna Kieli), which is why a place ending a run is otherwise kept.
     */
    private boolean placeAfterSurname(List<Word> words, int k, int runStart, String language) {
        return k > runStart && nameParts.listedSurname(words.get(k - 1), language);
    }

    /**
     * The word ends a run right after a listed person's surname in an oblique case (Байдена, Байдену) and lacks the
     * case's ending (Обе, Член, Власти): a given name and surname agree in case (Клауса Шваба), so this word is no
     * part of the name. Nor is it a name's word at all: no name part, given name, word of the English tables' names,
     * woman's surname, regnal number or "the younger". The surname must be a surname only (not a name part as
     * written, as Барри is beside Барр) and stand elsewhere in the article without this word after it: a given name
     * that happens to decline like a listed surname (Россу Перо, not Wilbur Ross) stands only before its own surname;
     * a country sharing the stem (России) is no other mention of it.
     */
    private boolean commonAfterListedSurname(List<Word> words, int k, String language) {
        Word surname = words.get(k - 1);
        Word w = words.get(k);
        if (w.initial() || nameParts.namePartAsWritten(surname, language) || !nameParts.listedSurnameInCase(surname, language)) return false;
        String a = surname.text().toLowerCase(Locale.ROOT);
        String b = w.text().toLowerCase(Locale.ROOT);
        if (SlavicNameGrammar.hardVowel(a.charAt(a.length() - 1)) == SlavicNameGrammar.hardVowel(b.charAt(b.length() - 1))) return false;
        if (SlavicWords.ROMAN.matcher(w.text()).matches() || SlavicPersons.junior(w.text()) || womansSurname(w, language)) return false;
        if (nameParts.namePart(w, language) || nameParts.knownGivenName(w, language) || nameParts.latinNameWord(w, language)) return false;
        String surnameStem = SlavicInflections.stem(surname.text(), language);
        String wordStem = SlavicInflections.stem(w.text(), language);
        for (int m = 0; m < words.size(); m++) {
            if (m == k - 1 || !words.get(m).capital() || !SlavicInflections.stem(words.get(m).text(), language).equals(surnameStem)
                    || countries.isCountry(words.get(m), language)) continue; // России shares Росса's stem
            boolean sameAfter = m + 1 < words.size() && SlavicInflections.stem(words.get(m + 1).text(), language).equals(wordStem);
            if (!sameAfter) return true;
        }
        return false;
    }

    /** A capitalised word the article also writes in lower case ("Rada Europejska" beside "rada") is a common word. */
    /**
     * A body's acronym of two to four capitals between a title and the name (член-корреспондента РАН Д. Ю. Логунова,
     * президент США Дональд Трамп): the title's complement, so the title still cues the name.
     */
    private static boolean initialsBeforeLast(List<Word> words, int i, int j) {
        return j - i >= 2 && words.subList(i, j - 1).stream().allMatch(Word::initial) && !words.get(j - 1).initial();
    }

    private boolean acronymAfterCue(List<Word> words, int i) {
        if (i < 2) return false;
        Word acronym = words.get(i - 1);
        String text = acronym.text();
        return !acronym.initial() && text.length() >= 2 && text.length() <= 4 && text.chars().allMatch(Character::isUpperCase)
                && cues.isCue(words.get(i - 2)) && adjacent(words.get(i - 2), acronym) && adjacent(acronym, words.get(i));
    }

    private static boolean common(Word w, String language, Set<String> lowerWords) {
        String stem = SlavicInflections.stem(w.text(), language);
        return stem.length() >= 4 && lowerWords.contains(STEM_MARK + stem);
    }
}
