package news.dispatch.measure.eval;

import news.dispatch.cli.OrderedParallel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.EntityExtractor;
import news.dispatch.entity.about.AboutCountries;
import news.dispatch.entity.place.CountryCodes;
import news.dispatch.index.AboutSets;

/**
 * Country and person quality on Reuters-21578.
 *
 * <p>Countries: micro P/R/F1 over (article, country) pairs against {@code <PLACES>}, compared by country code
 * (reuters-places.tsv maps each Reuters code to a canonical name, whose code comes from countries.tsv; West
 * Germany and Germany share DE). Articles without any PLACES are left out of both precision and recall: their
 * gold says "not tagged", not "no country" (the extractor finding "U.S." there is not an error we can see);
 * the predictions on them are reported apart. The extractor has no date, so for this 1987 corpus a country of
 * today is counted as the state of the time (countries-in-1987.tsv: Russia and the other Soviet republics as the
 * Soviet Union, Serbia as Yugoslavia, the Czech Republic as Czechoslovakia). Two sets are scored:
 * the countries the article is about ({@link AboutCountries}: lead, repetition, sole country; what PLACES tags) and,
 * for reference, every country the extractor names, however briefly (PLACES leaves out passing mentions).
 *
 * <p>Persons: recall of {@code <PEOPLE>} codes by surname (the part after the last hyphen); the list is of 267
 * officials only, so precision against it is understated and is only indicative.
 */
public final class ReutersEval {
    private final Map<String, String> codeOfReutersPlace;
    private final Map<String, Integer> falseNegatives = new TreeMap<>();
    private final Map<String, Integer> falsePositives = new TreeMap<>();
    private final Map<String, List<String>> examples = new HashMap<>();
    private Score countries = new Score(0, 0, 0);
    private Score aboutCountries = new Score(0, 0, 0);
    private Score persons = new Score(0, 0, 0);
    private Score aboutPersons = new Score(0, 0, 0);
    private long predictedWithoutGold;
    private int articlesWithPlaces;
    private int articlesWithPeople;

    public ReutersEval() throws IOException {
        codeOfReutersPlace = new HashMap<>();
        for (String[] c : rows("/news/dispatch/entity/reuters-places.tsv")) {
            CountryCodes.codeOf(c[1]).ifPresent(code -> codeOfReutersPlace.put(c[0], code));
        }
    }

    /** The rows of a two-column TSV resource, stripped, without comments and the header row. */
    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = ReutersEval.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " missing from the classpath");
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] c = line.split("\t");
                if (line.startsWith("#") || c.length < 2) continue;
                if (!header) rows.add(new String[] {c[0].strip(), c[1].strip()});
                header = false;
            }
            return rows;
        }
    }

    /** Adds one article's result; call in any order from one thread. */
    public void add(ReutersArticle article, Entities found) {
        Set<String> predicted = codes(found.countries());
        // The about set exactly as the index keeps it (AboutSets: what facets count and filter by default).
        AboutSets about = AboutSets.of(article.text(), found);
        Set<String> aboutCodes = codes(found.countries().stream().filter(c -> about.countries().contains(c.name().strip())).toList());
        Map<String, String> why = new HashMap<>();
        for (Entity e : found.countries()) {
            why.putIfAbsent(period(e.code()), e.mentions().getFirst().text().replaceAll("\\s+", " ")
                    + " [" + e.mentions().getFirst().reason() + "]");
        }
        if (article.places().isEmpty()) {
            predictedWithoutGold += predicted.size();
        } else {
            articlesWithPlaces++;
            Set<String> gold = new LinkedHashSet<>();
            for (String p : article.places()) gold.add(codeOfReutersPlace.getOrDefault(p, "reuters:" + p));
            countries = countries.plus(score(predicted, gold));
            aboutCountries = aboutCountries.plus(score(aboutCodes, gold));
            for (String g : gold) if (!aboutCodes.contains(g)) note(falseNegatives, "missed " + g, article.id());
            for (String p : aboutCodes) if (!gold.contains(p)) note(falsePositives, "spurious " + p, article.id() + " " + why.get(p));
        }
        if (!article.people().isEmpty()) {
            articlesWithPeople++;
            Set<String> gold = new LinkedHashSet<>();
            for (String p : article.people()) gold.add(p.substring(p.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT));
            Set<String> surnames = new LinkedHashSet<>();
            for (Entity e : found.persons()) surnames.addAll(surnameKeys(e.name()));
            long tp = gold.stream().filter(surnames::contains).count();
            persons = persons.plus(new Score(tp, surnames.size(), gold.size()));
            Set<String> aboutSurnames = new LinkedHashSet<>();
            for (Entity e : found.persons()) if (about.persons().contains(e.name().strip())) aboutSurnames.addAll(surnameKeys(e.name()));
            aboutPersons = aboutPersons.plus(new Score(gold.stream().filter(aboutSurnames::contains).count(),
                    aboutSurnames.size(), gold.size()));
            for (String g : gold) if (!surnames.contains(g)) note(falseNegatives, "missed person " + g, article.id());
        }
    }

    private static Set<String> codes(List<Entity> countries) {
        Set<String> codes = new LinkedHashSet<>();
        countries.forEach(e -> codes.add(period(e.code())));
        return codes;
    }

    /** Today's country codes as the 1987 tags name their state (countries-in-1987.tsv). */
    private static final Map<String, String> IN_1987 = in1987();

    private static Map<String, String> in1987() {
        try {
            Map<String, String> codes = new HashMap<>();
            for (String[] c : rows("/news/dispatch/measure/countries-in-1987.tsv")) codes.put(c[0], c[1]);
            return Map.copyOf(codes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String period(String code) {
        return IN_1987.getOrDefault(code, code);
    }

    private static Score score(Set<String> predicted, Set<String> gold) {
        return new Score(predicted.stream().filter(gold::contains).count(), predicted.size(), gold.size());
    }

    /**
     * A predicted surname as the PEOPLE codes write it: lower case, ASCII ("Pöhl" → poehl and pohl,
     * "García" → garcia), and the last part of a hyphenated name ("Leigh-Pemberton" → pemberton), as the gold's
     * part after the last hyphen is compared.
     */
    static Set<String> surnameKeys(String name) {
        String[] words = name.split("\\s+");
        String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
        surname = surname.substring(surname.lastIndexOf('-') + 1);
        String german = surname.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return new LinkedHashSet<>(List.of(stripMarks(german), stripMarks(surname)));
    }

    private static String stripMarks(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private void note(Map<String, Integer> counts, String key, String example) {
        counts.merge(key, 1, Integer::sum);
        List<String> list = examples.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.size() < 3) list.add(example);
    }

    public Score countries() {
        return countries;
    }

    public Score persons() {
        return persons;
    }

    public void report(PrintWriter out, int top) {
        out.printf("countries the articles are about, the facets' default (mentions=about; %d articles with PLACES): %s%n",
                articlesWithPlaces, aboutCountries);
        out.printf("  every country named, however briefly (mentions=all):  %s%n", countries);
        out.printf("  countries predicted on articles without PLACES (not scored): %d%n", predictedWithoutGold);
        out.printf("persons (%d articles with PEOPLE, by surname): recall %.4f (%d of %d); precision vs the incomplete list %.4f%n",
                articlesWithPeople, persons.recall(), persons.truePositives(), persons.gold(), persons.precision());
        out.printf("  persons the articles are about (lead, repetition, sole person): recall %.4f (%d of %d); precision vs the incomplete list %.4f%n",
                aboutPersons.recall(), aboutPersons.truePositives(), aboutPersons.gold(), aboutPersons.precision());
        printTop(out, "most frequent misses (countries: of the about set)", falseNegatives, top);
        printTop(out, "most frequent spurious countries (of the about set)", falsePositives, top);
    }

    private void printTop(PrintWriter out, String title, Map<String, Integer> counts, int top) {
        out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(top)
                .forEach(e -> out.printf("  %5d  %s   e.g. %s%n", e.getValue(), e.getKey(), examples.get(e.getKey())));
    }

    /**
     * As {@link #run(List, EntityExtractor, int)}, reading each article's entities from {@code cache} (JSON Lines of
     * id and entities) when it exists, else extracting and writing it: rules applied after extraction (the "about"
     * sets) can then be compared in seconds instead of re-running the model over 18,000 articles.
     */
    public static ReutersEval run(List<ReutersArticle> articles, EntityExtractor extractor, int threads, Path cache)
            throws IOException, InterruptedException {
        if (cache == null) return run(articles, extractor, threads);
        ReutersEval eval = new ReutersEval();
        if (Files.exists(cache)) {
            Map<String, Entities> byId = new HashMap<>();
            try (var lines = Files.lines(cache, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    CachedEntities c = JSON.readValue(line, CachedEntities.class);
                    byId.put(c.id(), c.entities());
                }
            }
            for (ReutersArticle a : articles) {
                Entities e = byId.get(a.id());
                if (e == null) throw new IOException(cache + " has no entities for " + a.id() + ": delete it to extract again");
                eval.add(a, e);
            }
            return eval;
        }
        try (var out = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
            OrderedParallel.map(articles.iterator(), a -> Map.entry(a, extractor.extract(a.text())), r -> {
                eval.add(r.getKey(), r.getValue());
                try {
                    out.write(JSON.writeValueAsString(new CachedEntities(r.getKey().id(), r.getValue())));
                    out.write('\n');
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, threads);
        }
        return eval;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private record CachedEntities(String id, Entities entities) {
    }

    /** Runs the extractor over the articles on {@code threads} threads. */
    public static ReutersEval run(List<ReutersArticle> articles, EntityExtractor extractor, int threads)
            throws IOException, InterruptedException {
        ReutersEval eval = new ReutersEval();
        OrderedParallel.map(articles.iterator(), a -> Map.entry(a, extractor.extract(a.text())),
                r -> eval.add(r.getKey(), r.getValue()), threads);
        return eval;
    }
}
