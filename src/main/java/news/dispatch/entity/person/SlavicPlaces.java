package news.dispatch.entity.person;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import news.dispatch.entity.language.ConsonantSkeleton;
import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.person.SlavicWords.Word;
import news.dispatch.entity.place.PlaceGazetteer;

import static news.dispatch.entity.person.SlavicNameGrammar.titleCase;
import static news.dispatch.entity.person.SlavicPersons.CYRILLIC_LANGUAGES;

/**
 * The places of the English tables as a Slavic article writes them: a one-word place as written or declined
 * (Dublin, Лондона, Strasburga), a place of two words or more (Tel Aviv), and a found name written only as a place
 * is after a preposition of place. A place is no person's name, nor part of one.
 */
final class SlavicPlaces {
    /** One-word place names of the English tables (Dublin, London, Brussels): no part of a person's name. */
    private final Set<String> places;
    /** Place names of two words or more of the English tables, lower case (Tel Aviv, New York): no person's name. */
    private final Set<String> longPlaces;
    /** The one-word places of one country (Arizona, Prague; not Asia, a continent): read declined in Latin script. */
    private final Set<String> countryPlaces;
    /** The consonant skeletons ({@link ConsonantSkeleton#PERSONS}) of those places, from five consonants on. */
    private final Set<String> placeSkeletons;
    /** Compass word of the English tables (South) → skeletons of the second words of its places (Carolina: krln). */
    private final java.util.Map<String, Set<String>> compassPlaces;
    /** Stem of a compass adjective in a Slavic language (južn, północn) → its English word (slavic-compass-words.tsv). */
    private final java.util.Map<String, String> compassStems = new java.util.HashMap<>();
    private final CrossScriptNames names = CrossScriptNames.standard();
    private final SlavicNameParts nameParts;

    SlavicPlaces(SlavicNameParts nameParts) {
        this.nameParts = nameParts;
        // Read once: each standard() reads places.tsv again, and asking it per place cost seconds at start-up.
        var curated = PlaceGazetteer.standard().curated();
        this.places = curated.keySet().stream().filter(n -> !n.contains(" "))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.longPlaces = curated.keySet().stream().filter(n -> n.contains(" "))
                .map(n -> n.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.countryPlaces = places.stream().filter(p -> !curated.get(p).code().isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.placeSkeletons = countryPlaces.stream().map(p -> ConsonantSkeleton.PERSONS.of(CrossScriptNames.ascii(p)))
                .filter(k -> k.length() >= 5).collect(java.util.stream.Collectors.toUnmodifiableSet());
        for (var row : GazetteerFile.tsv("slavic-compass-words.tsv")) {
            GazetteerFile.list(row.get("stems")).forEach(stem -> compassStems.put(stem, row.get("english")));
        }
        this.compassPlaces = curated.keySet().stream().map(n -> n.split(" "))
                .filter(n -> n.length == 2 && compassStems.containsValue(n[0]))
                .collect(java.util.stream.Collectors.groupingBy(n -> n[0], java.util.stream.Collectors.mapping(
                        n -> ConsonantSkeleton.PERSONS.of(CrossScriptNames.ascii(n[1])), java.util.stream.Collectors.toUnmodifiableSet())));
    }

    /** Languages whose given names never end like an adjective in -sk-/-šk- and a vowel (see {@link #placeAdjective}). */
    private static final Set<String> SK_ADJECTIVE_LANGUAGES = Set.of("sl", "hr", "cs", "sk");
    private static final Pattern SK_ADJECTIVE = Pattern.compile("\\p{L}{3,}sk[aeiáéý]");

    /**
     * The word opening a run of capitals is an adjective in -ska, -ske, -ski (Czech and Slovak -ská, -ské, -ský) of
     * six letters or more, which no given name of Slovene, Croatian, Czech or Slovak ends in, and no known given name:
     * the run is a place's or a body's name opened by its adjective (Murska Sobota, Ilirska Bistrica, Kranjska Gora,
     * Karlovská univerzita), not a person. Not -ška, -sko nor a short word: pet names end so (Urška, Vasko and its
     * genitive Vaska). Only the opener: after a given name, -ska is a Polish or Czech woman's surname (Agnieszka
     * Radwańska).
     */
    boolean placeAdjective(Word w, String language) {
        if (("cs".equals(language) || "sk".equals(language)) && PLURAL_ADJECTIVE.matcher(w.text().toLowerCase(Locale.ROOT)).matches()) {
            return true;
        }
        return SK_ADJECTIVE_LANGUAGES.contains(language) && SK_ADJECTIVE.matcher(w.text().toLowerCase(Locale.ROOT)).matches()
                && !nameParts.knownGivenName(w, language);
    }

    /**
     * A Czech or Slovak adjective in the genitive or locative plural (-ých; Slovak -ych after a long syllable): it opens
     * a place's plural name in a case (Vysokých Tatrách, Nízkych Tatrách, Spojených štátoch), never a person's, whose
     * name is singular; on the real Slovak news "vo Vysokých Tatrách" was read as a person.
     */
    private static final Pattern PLURAL_ADJECTIVE = Pattern.compile("\\p{L}{3,}[yý]ch");

    /**
     * Two words, in either order, are a place of the English tables named by a point of the compass, translated and
     * in any case ("Južne Karoline", "Karoliny Południowej", "Северной Дакоты": South Carolina, North Dakota): the
     * compass adjective by its stem, the other word by its consonants, which no case ending of these names changes.
     * Before a name in a run of capitals ("Južne Karoline Lindsey Graham") such a place was read as part of it.
     */
    boolean compassPlace(Word first, Word second, String language) {
        return compassPlaceOrdered(first, second, language) || compassPlaceOrdered(second, first, language);
    }

    private boolean compassPlaceOrdered(Word compass, Word place, String language) {
        String english = compassWord(compass.text().toLowerCase(Locale.ROOT));
        if (english == null) return false;
        String skeleton = ConsonantSkeleton.PERSONS.of(names.latin(place.text(), language));
        return skeleton.length() >= 3 && compassPlaces.getOrDefault(english, Set.of()).contains(skeleton);
    }

    private String compassWord(String lower) {
        for (var stem : compassStems.entrySet()) {
            if (lower.startsWith(stem.getKey()) && lower.length() - stem.getKey().length() <= 4) return stem.getValue();
        }
        return null;
    }

    /** The word as written is a one-word place of the English tables (Dublin). */
    boolean onePlace(String word) {
        return places.contains(word);
    }

    /** The words, as written or in Latin letters, are a place of two words or more (Tel Aviv, Тел Авив). */
    boolean longPlace(List<Word> named, String language) {
        String written = String.join(" ", named.stream().map(Word::text).toList()).toLowerCase(Locale.ROOT);
        String latin = String.join(" ", named.stream().map(w -> names.latin(w.text(), language)).toList()).toLowerCase(Locale.ROOT);
        return longPlaces.contains(written) || longPlaces.contains(latin);
    }

    /**
     * A one-word place of the English tables, as written (Dublin) or, in Cyrillic, read back to its Latin spelling
     * from a nominative it may stand for (Лондона → Лондон → London), even when Wikidata also has it as a name part
     * (Лондон and Мадрид are surnames there, Jack London's): on the dev stories bg persons F1 per article 0.881 →
     * 0.889 (brexit +0.009, ryanair +0.023, asia_bibi −0.002), ru +0.001, the other languages unchanged.
     */
    boolean place(Word w, String language) {
        return places.contains(w.text()) || CrossScriptNames.isCyrillic(w.text())
                && (readsAsPlace(w, language) || spelledAsPlace(w, language));
    }

    /**
     * A Cyrillic word whose nominative, read letter by letter, is a one-word place of one country (Аризона → Arizona,
     * where Ukrainian's own romanization gives Aryzona): not a name part Wikidata knows nor a listed person's surname.
     * Matching by consonants as well (Пенсільванія: Pennsylvania) read names as places (Клинтън as Kelantan,
     * Александрия as Alexandria) and lost bg persons on the dev stories.
     */
    private boolean spelledAsPlace(Word w, String language) {
        if (nameParts.namePart(w, language) || nameParts.listedSurname(w, language)) return false;
        for (String nominative : SlavicInflections.nominatives(w.text(), language)) {
            String letters = CrossScriptNames.ascii(nominative).replace("'", "").replace("\"", "");
            if (countryPlaces.contains(titleCase(letters))) return true;
        }
        return false;
    }

    /**
     * A Latin-script word declined from a one-word place of one country (Arizonu, Strasburga, Dublinie; by its
     * consonants in the language's own spelling, Waszyngtonu: Washington), before another capitalised word: a place
     * in an oblique case glued before a name ("Strasburga Łukasz Osiński", "Dublinie Tusk"), cut from it. Not a word
     * written as its own nominative (Grenville, Aleksander: a given name sounding like a place), nor a word Wikidata or
     * the English tables know as a name part (Asia of Asia Bibi), nor a name's last word (Katarzyna Kieli: Kiel's
     * genitive is her surname).
     */
    boolean declinedPlace(Word w, String language) {
        if (CrossScriptNames.isCyrillic(w.text()) || nameParts.namePart(w, language) || nameParts.latinNameWord(w, language)) return false;
        for (String nominative : SlavicInflections.nominatives(w.text(), language)) {
            if (nominative.equals(w.text())) continue;
            String ascii = names.latin(nominative, language);
            if (countryPlaces.contains(titleCase(ascii)) || placeSkeletons.contains(ConsonantSkeleton.PERSONS.of(ascii))) return true;
        }
        return false;
    }

    /** A nominative the word may stand for is, in Latin letters, a one-word place of the English tables (Madridu). */
    boolean readsAsPlace(Word w, String language) {
        for (String nominative : SlavicInflections.nominatives(w.text(), language)) {
            if (places.contains(titleCase(names.latin(nominative, language)))) return true;
        }
        return false;
    }

    /**
     * Prepositions of place and direction ("v Kew Gardens", "w Westminster Abbey", "do Nowego Jorku", "z Deutsche
     * Welle"): each governs an oblique case, so a person's name after one is declined, and a name the article writes
     * only as it stands after one is mostly a place or a thing. The genitive ones (do, z, ze, iz, od) were measured
     * with the locative ones: 12 more false persons gone, one person lost (od Aleša Petana, named once).
     */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("v", "ve", "w", "we", "na", "pri", "při", "do", "z", "ze", "iz", "od");

    /**
     * An English or foreign name of a firm, a place or an event kept as written in an inflecting Latin-script article
     * ("v Ellesmere Port", "w Westminster Abbey", "w Nowym Jorku"): every full mention written alike, no word a name
     * part of Wikidata's or the English tables' or a sacred name, and one mention right after a preposition of place
     * ({@link #PLACE_PREPOSITIONS}).
     * Without the preposition (a name part missing from the tables is no evidence: Asia Bibi, Andrej Babiš, Guy
     * Verhofstadt), the rule lost more persons than it removed false ones on the BSNLP dev stories.
     */
    boolean writtenAsAPlace(SlavicPerson p, List<Word> words, String language) {
        if (CYRILLIC_LANGUAGES.contains(language) || p.length < 2 || p.sacred != null) return false;
        List<List<Word>> full = p.mentions.stream().filter(m -> m.size() >= 2).toList();
        if (full.isEmpty()) return false;
        long forms = full.stream().map(m -> m.stream().map(Word::text).collect(java.util.stream.Collectors.joining(" "))).distinct().count();
        if (forms != 1 || full.getFirst().stream().anyMatch(w -> w.initial() || nameParts.namePart(w, language)
                || nameParts.latinNameWord(w, language) || nameParts.sacred(w, language).isPresent())) return false;
        List<Integer> starts = words.stream().map(Word::start).toList();
        return full.stream().anyMatch(m -> {
            int i = Collections.binarySearch(starts, m.getFirst().start());
            if (i <= 0) return false;
            Word before = words.get(i - 1);
            return !before.capital() && PLACE_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT));
        });
    }
}
