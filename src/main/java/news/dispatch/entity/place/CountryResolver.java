package news.dispatch.entity.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.Mention;
import news.dispatch.entity.model.ModelSpan;
import news.dispatch.entity.text.Dateline;
import news.dispatch.entity.text.TermIndex;
import news.dispatch.entity.text.TitleCase;
import news.dispatch.entity.text.Token;

/**
 * Finds the countries a text names: gazetteer terms matched as whole tokens (names, aliases, demonyms,
 * metonyms), curated places the model tags as locations, and other model locations looked up in GeoNames —
 * each checked against the model and its context for the known ambiguities.
 *
 * <p>Decision: a demonym inside an organization's name ("Russian Orthodox Church", "Chinese Communist Party")
 * counts for the country: such organizations belong to that country, and a reader filtering on Russia expects
 * the Russian Orthodox Church. A country inside a sea's or landmark's name ("South China Sea") does not: the
 * longer place wins and has no single country.
 */
public final class CountryResolver {
    private final CountryGazetteer countries;
    private final PlaceGazetteer places;
    private final TermIndex<Object> index = new TermIndex<>();
    /** Titles that take "of PLACE" without being news about it (place-titles.txt: Archbishop, Duke …). */
    private final Set<String> titles;
    private final Set<String> usContextWords;
    private final Set<String> usStateAbbreviations;
    /** Names, aliases and metonyms (not demonyms) by spelling, for datelines ("TOKYO", "HONG KONG", "WASHINGTON"). */
    private final Map<String, Country> countryOfTerm = new HashMap<>();
    /** Words that end a newspaper's, school's, hospital's or team's name (place-in-name-words.txt). */
    private static final Set<String> NAME_ENDS = GazetteerFile.words("place-in-name-words.txt");
    /** Words after "Indian" that make it the Native American sense: "Indian tribe", "Indian reservation". */
    private static final Set<String> NATIVE_AMERICAN_NEXT = Set.of("tribe", "tribes", "tribal", "reservation",
            "reservations", "Country", "Affairs", "Health", "Child", "Gaming");
    /** Place names of two countries, read from the article's other places (ambiguous-places.tsv). */
    private static final List<Map<String, String>> AMBIGUOUS_PLACES = GazetteerFile.tsv("ambiguous-places.tsv");

    public CountryResolver(CountryGazetteer countries, PlaceGazetteer places, Set<String> titles, Set<String> usContextWords,
                    Set<String> usStateAbbreviations) {
        this.countries = countries;
        this.places = places;
        this.titles = Set.copyOf(titles.stream().map(t -> t.toLowerCase(Locale.ROOT).replace(".", "")).toList());
        this.usContextWords = usContextWords;
        this.usStateAbbreviations = Set.copyOf(usStateAbbreviations.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
        countries.terms().forEach(t -> index.add(t.surface(), t));
        places.curated().forEach((surface, place) -> index.add(surface, place));
        for (CountryTerm t : countries.terms()) {
            if (t.kind() != CountryTerm.Kind.DEMONYM) countryOfTerm.putIfAbsent(t.surface(), t.country());
        }
    }

    /**
     * @param personSurnames surnames of the persons found in the same text, so that "Jordan" after
     *                       "Michael Jordan" stays a person
     */
    public List<FoundCountry> resolve(String text, List<Token> tokens, List<ModelSpan> spans, Set<String> personSurnames) {
        return resolve(text, tokens, spans, personSurnames, Set.of());
    }

    /**
     * @param personNameWords the given names and surnames of the full person names found in the same text: a place
     *                        spelled so is that person ("Mendoza asked" beside "Alex Mendoza", "Castile" beside
     *                        "Philando Castile", "Alexandria" beside "Alexandria Ocasio-Cortez"), one label per name
     *                        in an article
     */
    public List<FoundCountry> resolve(String text, List<Token> tokens, List<ModelSpan> spans, Set<String> personSurnames,
                                      Set<String> personNameWords) {
        List<FoundCountry> found = new ArrayList<>();
        RangesByStart<ModelSpan> spansByStart = new RangesByStart<>(spans, ModelSpan::start, ModelSpan::end);
        List<TermIndex.TermMatch<Object>> hits = index.find(tokens);
        for (TermIndex.TermMatch<Object> hit : hits) {
            Optional<CountryTerm> term = hit.values().stream().filter(CountryTerm.class::isInstance).map(CountryTerm.class::cast).findFirst();
            Optional<Place> place = hit.values().stream().filter(Place.class::isInstance).map(Place.class::cast).findFirst();
            String surface = text.substring(hit.start(), hit.end());
            // A demonym inside a name stays its country's (the class decision above): "Chinese University of Hong Kong".
            boolean demonym = term.isPresent() && term.get().kind() == CountryTerm.Kind.DEMONYM;
            if ((!demonym && insideLongerName(tokens, hit.to())) || (demonym && nativeAmerican(term.get(), tokens, hit.from(), hit.to()))) {
                continue;
            }
            if (term.isPresent()) {
                countryOf(term.get(), hit, text, tokens, spansByStart, personSurnames).ifPresent(f -> found.add(f));
            } else if (place.isPresent() && taggedAsPlace(spansByStart, hit.start(), hit.end()) && !inTitle(tokens, hit.from())
                    && !personNameWords.contains(surface)) {
                placeCountry(place.get(), surface, hit.start(), hit.end(), tokens, hit.to(), true).ifPresent(found::add);
            }
        }
        RangesByStart<TermIndex.TermMatch<Object>> covered = new RangesByStart<>(hits, TermIndex.TermMatch::start, TermIndex.TermMatch::end);
        for (ModelSpan s : spans) {
            if (!s.isLocation() || covered.overlapping(s.start(), s.end()).findAny().isPresent()) continue;
            String name = text.substring(s.start(), s.end()).replaceAll("\\s+", " ");
            int next = nextTokenIndex(tokens, s.end());
            if (inTitle(tokens, nextTokenIndex(tokens, s.start())) || personNameWords.contains(name)) continue;
            places.lookup(name).flatMap(p -> placeCountry(p, text.substring(s.start(), s.end()), s.start(), s.end(), tokens, next, false))
                    .ifPresent(found::add);
        }
        for (Dateline d : Dateline.find(text)) byDateline(d, text).ifPresent(f -> {
            // The dateline decides its own span: "BIRMINGHAM, Ala." is Alabama whatever "Birmingham" alone would be.
            found.removeIf(o -> o.mention().start() < f.mention().end() && f.mention().start() < o.mention().end()
                    && !o.country().equals(f.country()));
            boolean known = found.stream().anyMatch(o -> o.mention().start() < f.mention().end()
                    && f.mention().start() < o.mention().end());
            if (!known) found.add(f);
        });
        found.sort((a, b) -> Integer.compare(a.mention().start(), b.mention().start()));
        return byOtherPlaces(found);
    }

    /**
     * "Washington Post", "George Washington University", "Beth Israel Deaconess", "New York Times": a place or country
     * word followed, in the same run of capitalized words, by a word that ends a newspaper's, school's, hospital's or
     * team's name. The name is the newspaper's, not news about the place.
     */
    private static boolean insideLongerName(List<Token> tokens, int next) {
        for (int i = next; i < Math.min(tokens.size(), next + 3); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !Character.isUpperCase(t.text().charAt(0))) return false;
            if (NAME_ENDS.contains(t.text())) return true;
        }
        return false;
    }

    /** "American Indian", "Native Indian", "Indian tribe": the Native American sense, not India. */
    private static boolean nativeAmerican(CountryTerm term, List<Token> tokens, int from, int to) {
        if (term.kind() != CountryTerm.Kind.DEMONYM || !term.country().code().equals("IN")) return false;
        if (from >= 1 && Set.of("American", "Native", "american", "native").contains(tokens.get(from - 1).text())) return true;
        return to < tokens.size() && NATIVE_AMERICAN_NEXT.contains(tokens.get(to).text());
    }

    /**
     * An ambiguous place name (ambiguous-places.tsv) goes to its other country when the article names that country
     * (by the evidence the table asks for) and names the usual one by nothing else: "Cambridge" in US news is
     * Cambridge, Massachusetts; "Georgia" beside Atlanta or Ohio is the US state.
     */
    private List<FoundCountry> byOtherPlaces(List<FoundCountry> found) {
        List<FoundCountry> out = new ArrayList<>(found);
        for (Map<String, String> row : AMBIGUOUS_PLACES) {
            String name = row.get("name");
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                FoundCountry f = out.get(i);
                if (f.mention().text().equals(name) && f.country().code().equals(row.get("usual"))) at.add(i);
            }
            if (at.isEmpty()) continue;
            boolean usualElsewhere = out.stream().anyMatch(f -> f.country().code().equals(row.get("usual"))
                    && !f.mention().text().equals(name));
            boolean placeEvidence = !row.get("evidence").equals("country");
            boolean other = out.stream().anyMatch(f -> f.country().code().equals(row.get("other"))
                    && !f.mention().text().equals(name)
                    && (!placeEvidence || f.mention().reason().startsWith("place ") || f.mention().reason().startsWith("US state")
                        || f.mention().reason().startsWith("dateline")));
            // "place-or-only": an article that names no country but the other one and this name is the other's story
            // (a US story naming Georgia and the US, never Russia or Tbilisi).
            if (!other && row.get("evidence").equals("place-or-only")) {
                List<FoundCountry> rest = out.stream().filter(f -> !f.mention().text().equals(name)).toList();
                other = !rest.isEmpty() && rest.stream().allMatch(f -> f.country().code().equals(row.get("other")));
            }
            // One sense per article: "Cambridge, Mass." once makes every "Cambridge" of the article the US one.
            boolean sameNameOther = out.stream().anyMatch(f -> f.mention().text().equals(name)
                    && f.country().code().equals(row.get("other")));
            if (!sameNameOther && (usualElsewhere || !other)) continue;
            Optional<Country> to = countries.current(row.get("other"));
            if (to.isEmpty()) continue;
            for (int i : at) {
                Mention m = out.get(i).mention();
                out.set(i, new FoundCountry(to.get(), new Mention(m.start(), m.end(), m.text(),
                        name + ", read from the article's other places (" + row.get("other") + ")")));
            }
        }
        return out;
    }

    /**
     * The country of a dateline: its region when that names a US state or a country ("IRVINE, Calif.",
     * "KYIV, Ukraine"), else its place. A region that is both (Georgia) only counts when the place agrees.
     */
    private Optional<FoundCountry> byDateline(Dateline d, String text) {
        Optional<Country> place = countryNamed(d.place());
        Optional<Country> region = Optional.empty();
        if (!d.region().isEmpty()) {
            if (isUsStateAbbreviation(d.region()) || places.isUsState(TitleCase.of(d.region()))) {
                region = countries.current("US");
            }
            Optional<Country> named = countryNamed(d.region());
            if (named.isPresent() && (region.isEmpty() || place.equals(named))) region = named;
        }
        Optional<Country> country = region.isPresent() ? region : place;
        String surface = text.substring(d.start(), d.end());
        return country.map(c -> new FoundCountry(c, new Mention(d.start(), d.end(), surface, "dateline " + surface.replaceAll("\\s+", " "))));
    }

    /** "Calif." as AP style writes it, or "Calif" as wire copy often does ("WILMINGTON, Del, Feb 26 -"). */
    private boolean isUsStateAbbreviation(String region) {
        String r = region.toLowerCase(Locale.ROOT);
        return usStateAbbreviations.contains(r) || (!r.endsWith(".") && usStateAbbreviations.contains(r + "."));
    }

    /** A country, capital or place named exactly so, as written or title-cased ("NEW YORK" → New York). */
    private Optional<Country> countryNamed(String name) {
        for (String n : List.of(name, TitleCase.of(name))) {
            Country c = countryOfTerm.get(n);
            if (c != null) return Optional.of(c);
            Optional<Place> p = places.lookup(n);
            if (p.isPresent()) return p.get().code().isEmpty() ? Optional.empty() : countries.current(p.get().code());
        }
        return Optional.empty();
    }

    private Optional<FoundCountry> countryOf(CountryTerm term, TermIndex.TermMatch<Object> hit, String text, List<Token> tokens,
                                      RangesByStart<ModelSpan> spans, Set<String> personSurnames) {
        Country country = term.country();
        String surface = text.substring(hit.start(), hit.end());
        Optional<ModelSpan> person = spans.overlapping(hit.start(), hit.end()).filter(ModelSpan::isPerson).findFirst();
        if (person.isPresent()) {
            boolean partOfLongerName = person.get().start() < hit.start() || person.get().end() > hit.end();
            if (partOfLongerName || isPersonLike(term)) return Optional.empty();
        }
        if (country.isAmbiguous("person") && personSurnames.contains(surface)) return Optional.empty();
        if (isPersonLike(term) && endsAName(spans, hit.start(), hit.end())) return Optional.empty();
        // An ambiguous word counts when the model tagged it as a name; a PERSON tag of exactly the country's name
        // (not a person-like term) is the model misreading a sentence-initial "Türkiye" or "Turkey", not a person.
        if (country.isAmbiguous("word") && spans.overlapping(hit.start(), hit.end()).noneMatch(s -> !s.isPerson()
                || (s.start() == hit.start() && s.end() == hit.end()))) {
            return Optional.empty();
        }
        if (term.kind() == CountryTerm.Kind.METONYM && followedByUsState(tokens, hit.to())
                && !followedByOwnCountry(tokens, hit.to(), country.code())) {
            return us(surface, hit.start(), hit.end(), "place " + surface + " followed by a US state");
        }
        // The state shares the country's name, not its capital: "Tbilisi, Georgia" is never a US place.
        if (country.isAmbiguous("us-state") && term.kind() != CountryTerm.Kind.METONYM && usContext(tokens, hit.from(), hit.to())) {
            return us(surface, hit.start(), hit.end(), "US state " + surface);
        }
        return Optional.of(new FoundCountry(country, new Mention(hit.start(), hit.end(), surface, term.reason())));
    }

    /** Terms that are also people's names: "Jordan", "Chad" (by note) and capitals used as surnames ("Washington"). */
    public static boolean isPersonLike(CountryTerm term) {
        return term.country().isAmbiguous("person") || term.kind() == CountryTerm.Kind.METONYM;
    }

    /**
     * The model put the term at the end of a longer non-location name: "Denzel Washington", which the model
     * sometimes tags as an organization at the start of a sentence, or "Michael Jordan".
     */
    private static boolean endsAName(RangesByStart<ModelSpan> spans, int start, int end) {
        return spans.overlapping(start, end).anyMatch(s -> !s.isLocation() && s.start() < start && s.end() == end);
    }

    private Optional<FoundCountry> placeCountry(Place place, String surface, int start, int end, List<Token> tokens,
                                         int nextToken, boolean curated) {
        if (place.code().isEmpty()) return Optional.empty();
        if (!place.code().equals("US") && followedByUsState(tokens, nextToken)
                && !followedByOwnCountry(tokens, nextToken, place.code())) {
            return us(surface, start, end, "place " + surface + " followed by a US state");
        }
        String source = curated ? "" : ", GeoNames";
        return countries.current(place.code()).map(c -> new FoundCountry(c,
                new Mention(start, end, surface, "place " + place.name() + " (" + place.kind() + source + ")")));
    }

    private Optional<FoundCountry> us(String surface, int start, int end, String reason) {
        return countries.current("US").map(c -> new FoundCountry(c, new Mention(start, end, surface, reason)));
    }

    /** "Tbilisi, Georgia", "Batumi, Georgia": the comma is followed by the place's own country, not the US state. */
    private boolean followedByOwnCountry(List<Token> tokens, int next, String code) {
        if (next + 1 >= tokens.size() || !tokens.get(next).text().equals(",")) return false;
        Country c = countryOfTerm.get(tokens.get(next + 1).text());
        return c != null && c.code().equals(code);
    }

    /** "Moscow, Idaho": the place is followed by a comma and a US state. */
    private boolean followedByUsState(List<Token> tokens, int next) {
        if (next + 1 >= tokens.size() || !tokens.get(next).text().equals(",")) return false;
        Token state = tokens.get(next + 1);
        if (places.isUsState(state.text())) return true;
        // AP style: "Cambridge, Mass.", "Paris, Tex." (the tokenizer may keep the full stop or not).
        if (isUsStateAbbreviation(state.text()) && state.text().length() > 2) {
            return state.text().endsWith(".") || (next + 2 < tokens.size() && tokens.get(next + 2).text().equals("."));
        }
        return next + 2 < tokens.size() && places.isUsState(state.text() + " " + tokens.get(next + 2).text());
    }

    /**
     * Georgia the state: a US context word or a US place within three tokens ("Atlanta, Georgia", "Georgia voters",
     * "Gov."), a party tag ("John Lewis, D-Georgia", "Saxby Chambliss (R) of Georgia"), or the US way of naming a
     * town by its state ("Peachtree City, Georgia", "Fort Benning, Georgia") with a town no country's table places
     * elsewhere ("Tbilisi, Georgia" and "Abkhazia, Georgia" stay the country).
     */
    private boolean usContext(List<Token> tokens, int from, int to) {
        if (partyTag(tokens, from) || townComma(tokens, from)) return true;
        for (int i = Math.max(0, from - 3); i < Math.min(tokens.size(), to + 3); i++) {
            if (i >= from && i < to) continue;
            String w = tokens.get(i).text();
            if (usContextWords.contains(w) || usContextWords.contains(w + ".")) return true;
            Optional<Place> p = places.lookup(w);
            if (p.isPresent() && p.get().code().equals("US")) return true;
        }
        return false;
    }

    /** "D-Georgia", "R-Georgia" just before the state, or "(R)" / "(D)" within the three tokens before it. */
    private static boolean partyTag(List<Token> tokens, int from) {
        Set<String> parties = Set.of("D", "R");
        if (from >= 2 && tokens.get(from - 1).text().equals("-") && parties.contains(tokens.get(from - 2).text())) return true;
        for (int i = Math.max(1, from - 3); i < from - 1; i++) {
            if (parties.contains(tokens.get(i).text()) && tokens.get(i - 1).text().equals("(")
                    && tokens.get(i + 1).text().equals(")")) {
                return true;
            }
        }
        return false;
    }

    /** "Peachtree City, Georgia": a capitalized word, a comma, then the name, the word no place of another country. */
    private boolean townComma(List<Token> tokens, int from) {
        if (from < 2 || !tokens.get(from - 1).text().equals(",")) return false;
        Token town = tokens.get(from - 2);
        if (!town.isWord() || !Character.isUpperCase(town.text().charAt(0)) || town.text().equals(town.text().toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (countryOfTerm.containsKey(town.text())) return false;
        Optional<Place> p = places.lookup(town.text());
        return p.isEmpty() || p.get().code().equals("US");
    }

    /** "Archbishop of Canterbury", "Duke of Edinburgh": the place is part of a title, not news about it. */
    private boolean inTitle(List<Token> tokens, int index) {
        return index >= 2 && tokens.get(index - 1).text().equals("of")
                && titles.contains(tokens.get(index - 2).text().toLowerCase(Locale.ROOT));
    }

    /**
     * A curated place counts where the model tags it as a location, or tags exactly that name as a person
     * (gazetteer first: "Zaporizhzhia" is not a person); not in running text the model ignores ("Reading").
     */
    private static boolean taggedAsPlace(RangesByStart<ModelSpan> spans, int start, int end) {
        return spans.overlapping(start, end).anyMatch(s -> s.isLocation()
                || s.isPerson() && s.start() == start && s.end() == end);
    }

    /** Index of the first token starting at or after {@code offset} (binary search: tokens are in text order). */
    private static int nextTokenIndex(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
