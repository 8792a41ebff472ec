package news.dispatch.measure.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.organization.OrganizationGazetteer;
import news.dispatch.entity.person.PersonVariants;
import news.dispatch.entity.place.CountryCodes;
import news.dispatch.entity.text.NameFold;

/**
 * Document-level quality on the BSNLP gold, per language and overall.
 *
 * <p>Persons: the gold persons of a document are its distinct PER entities with a {@code PER-} id (a PER-typed
 * demonym carries a country's id and is left out). A found person matches a gold person of the same document when
 * its canonical name, folded ({@link NameFold}: lower case, diacritics removed, ICU Any-Latin for Cyrillic), equals
 * the gold id's name folded (PER-Vladimir-Putin → "vladimir putin"), the canonical name person-variants.tsv lists
 * that name under (PER-Charles-Prince-of-Wales → King Charles III) or one of the gold entity's lemmas folded; or,
 * failing that, when both have two words or more and the last words agree and the first words start with the same
 * letter ("W. Putin", "Wladimir Putin"). A canonical name's opening title counts for nothing (Pope Benedict XVI
 * matches PER-Benedict-XVI: the gold names persons without titles). Matching is one to one within a document (exact matches first), so a
 * person found under two names counts once right and once wrong. Every person the extractor returns counts,
 * one-word names included.
 *
 * <p>Countries: the gold countries are the LOC entities whose {@code GPE-} id, hyphens read as spaces, is the name
 * or an alias of a current country of countries.tsv (GPE-Russia → Russia, GPE-Great-Britain → United Kingdom,
 * GPE-USA → United States); cities and regions (GPE-Moscow, GPE-Scotland) are no country. Compared by canonical
 * name with the extractor's countries. A demonym the gold types PER (Polacy) is not a gold country.
 *
 * <p>Organizations, for reference: the gold ORG ids whose words, or the longest run of them (one word only as an
 * acronym), the organizations table names (ORG-European-Union, ORG-AP-The-Associated-Press → Associated Press), against every organization found.
 *
 * <p>One name per person: of the gold person ids named in two or more languages over all documents read, the share
 * whose matched found persons all carry one canonical name (one facet value); an id never found has none.
 */
public final class BsnlpEval {
    private static final String ALL = "all";
    /**
     * The titles a canonical name may open with: the title class of name-openers.tsv, folded, and Pope, which that list leaves out
     * because the canonical names of person-variants.tsv keep it (Pope Francis, Pope Benedict XVI).
     */
    private static final Set<String> TITLES = java.util.stream.Stream.concat(java.util.stream.Stream.of("Pope"),
            news.dispatch.entity.person.NameOpeners.standard().titles().stream()).map(NameFold::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private final Map<String, Score[]> byLanguage = new TreeMap<>();
    private final Map<String, Set<String>> languagesOfPerson = new HashMap<>();
    private final Map<String, Set<String>> namesOfPerson = new HashMap<>();
    /** Gold person id → language → the found names matched to it there: what {@link #oneNameFailures} prints. */
    private final Map<String, Map<String, Set<String>>> namesOfPersonByLanguage = new HashMap<>();
    private final Map<String, Integer> documents = new TreeMap<>();
    private final Map<String, Integer> errors = new HashMap<>();
    private final Map<String, Set<String>> errorForms = new HashMap<>();
    /** Where every person outcome of every document goes, one line each, for error analysis; none by default. */
    private PrintWriter outcomes;

    private record GoldPerson(String id, Set<String> keys) {
    }

    /**
     * Writes every person outcome of the documents added from now on to {@code out}, one tab-separated line each:
     * TP (found name, its mentions, gold id), FP (found name, its mentions) or FN (gold id, its forms), with the
     * language and document id first.
     */
    public void writeOutcomes(PrintWriter out) {
        this.outcomes = out;
    }

    /** Adds one document's result; call from one thread, in any order (the figures do not depend on it). */
    public void add(BsnlpDocument doc, Entities found) {
        documents.merge(doc.lang(), 1, Integer::sum);
        documents.merge(ALL, 1, Integer::sum);
        Score persons = persons(doc, found.persons());
        Score countries = countries(doc, found.countries());
        Score organizations = organizations(doc, found.organizations());
        for (String key : List.of(doc.lang(), ALL)) {
            Score[] s = byLanguage.computeIfAbsent(key, k -> new Score[] {new Score(0, 0, 0), new Score(0, 0, 0), new Score(0, 0, 0)});
            s[0] = s[0].plus(persons);
            s[1] = s[1].plus(countries);
            s[2] = s[2].plus(organizations);
        }
    }

    private Score persons(BsnlpDocument doc, List<Entity> found) {
        Map<String, GoldPerson> gold = new LinkedHashMap<>();
        for (BsnlpDocument.Gold g : doc.gold()) {
            if (!g.type().equals("PER") || !g.id().startsWith("PER-")) continue;
            GoldPerson p = gold.computeIfAbsent(g.id(), id -> new GoldPerson(id, keysOfId(id)));
            if (!g.lemma().isBlank()) p.keys().add(NameFold.fold(g.lemma()));
            languagesOfPerson.computeIfAbsent(g.id(), k -> new TreeSet<>()).add(doc.lang());
        }
        List<String> names = found.stream().map(Entity::name).distinct().toList();
        Map<String, String> pairs = new LinkedHashMap<>(); // found name → gold id
        Set<String> taken = new java.util.HashSet<>();
        for (boolean exact : new boolean[] {true, false}) {
            for (String name : names) {
                if (pairs.containsKey(name)) continue;
                String folded = NameFold.fold(name);
                String untitled = untitled(folded);
                for (GoldPerson p : gold.values()) {
                    if (taken.contains(p.id()) || !(exact ? p.keys().contains(folded) || p.keys().contains(untitled)
                            : surnameAndInitial(folded, p.keys()))) continue;
                    pairs.put(name, p.id());
                    taken.add(p.id());
                    break;
                }
            }
        }
        pairs.forEach((name, id) -> {
            namesOfPerson.computeIfAbsent(id, k -> new TreeSet<>()).add(name);
            namesOfPersonByLanguage.computeIfAbsent(id, k -> new TreeMap<>()).computeIfAbsent(doc.lang(), k -> new TreeSet<>()).add(name);
        });
        if (outcomes != null) writeOutcomes(doc, found, pairs, gold.keySet());
        for (GoldPerson p : gold.values()) {
            if (!taken.contains(p.id())) note("missed person " + doc.lang() + " " + p.id(), String.join("/", p.keys()));
        }
        for (String name : names) if (!pairs.containsKey(name)) note("spurious person " + doc.lang() + " " + name, doc.id());
        return new Score(pairs.size(), names.size(), gold.size());
    }

    private void writeOutcomes(BsnlpDocument doc, List<Entity> found, Map<String, String> pairs, Set<String> goldIds) {
        Map<String, Set<String>> mentions = new LinkedHashMap<>();
        for (Entity e : found) e.mentions().forEach(m -> mentions.computeIfAbsent(e.name(), k -> new TreeSet<>()).add(m.text()));
        String where = doc.lang() + "\t" + doc.id() + "\t";
        mentions.forEach((name, texts) -> outcomes.println(where + (pairs.containsKey(name) ? "TP" : "FP") + "\t" + name
                + "\t" + String.join("|", texts) + (pairs.containsKey(name) ? "\t" + pairs.get(name) : "")));
        for (String id : goldIds) {
            if (pairs.containsValue(id)) continue;
            Set<String> forms = new TreeSet<>();
            doc.gold().stream().filter(g -> g.id().equals(id)).forEach(g -> forms.add(g.form() + "=" + g.lemma()));
            outcomes.println(where + "FN\t" + id + "\t" + String.join("|", forms));
        }
    }

    /**
     * The folded canonical name of person-variants.tsv for each folded variant: a gold id may name a person by a
     * style the table lists as a spelling of its canonical name (PER-Charles-Prince-of-Wales, "Charles, Prince of
     * Wales": King Charles III), which is that person and no other.
     */
    private static final Map<String, String> CANONICAL_OF_VARIANT = canonicalOfVariant();

    private static Map<String, String> canonicalOfVariant() {
        Map<String, String> canonical = new HashMap<>();
        PersonVariants.standard().variantsOfCanonical().forEach((name, variants) ->
                variants.forEach(v -> canonical.put(NameFold.fold(v), NameFold.fold(name))));
        return canonical;
    }

    /** The keys a gold id matches by itself: its name folded, and the canonical name it is a listed variant of. */
    static Set<String> keysOfId(String id) {
        Set<String> keys = new LinkedHashSet<>(List.of(NameFold.fold(id.substring(4))));
        String canonical = CANONICAL_OF_VARIANT.get(keys.iterator().next());
        if (canonical != null) keys.add(canonical);
        return keys;
    }

    /**
     * The folded name without a title opening it: the canonical names keep a title where English news makes it part
     * of the name (Pope Benedict XVI, King Charles III), the gold's ids and lemmas do not (PER-Benedict-XVI).
     */
    static String untitled(String folded) {
        int space = folded.indexOf(' ');
        return space > 0 && space < folded.length() - 1 && TITLES.contains(folded.substring(0, space))
                ? folded.substring(space + 1) : folded;
    }

    static boolean surnameAndInitial(String folded, Set<String> keys) {
        String[] p = folded.split(" ");
        if (p.length < 2 || p[0].isEmpty()) return false;
        for (String key : keys) {
            String[] k = key.split(" ");
            if (k.length >= 2 && !k[0].isEmpty() && k[k.length - 1].equals(p[p.length - 1]) && k[0].charAt(0) == p[0].charAt(0)) {
                return true;
            }
        }
        return false;
    }

    private Score countries(BsnlpDocument doc, List<Entity> found) {
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        for (BsnlpDocument.Gold g : doc.gold()) {
            if (g.type().equals("LOC") && g.id().startsWith("GPE-")) {
                countryOfId(g.id()).ifPresent(c -> gold.computeIfAbsent(c, k -> new TreeSet<>()).add(g.form()));
            }
        }
        return compare(doc, "country", gold, found);
    }

    private Score organizations(BsnlpDocument doc, List<Entity> found) {
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        for (BsnlpDocument.Gold g : doc.gold()) {
            if (g.type().equals("ORG") && g.id().startsWith("ORG-")) {
                organizationOfId(g.id()).ifPresent(o -> gold.computeIfAbsent(o, k -> new TreeSet<>()).add(g.form()));
            }
        }
        return compare(doc, "organization", gold, found);
    }

    private Score compare(BsnlpDocument doc, String kind, Map<String, Set<String>> gold, List<Entity> found) {
        Map<String, Entity> predicted = new LinkedHashMap<>();
        found.forEach(e -> predicted.putIfAbsent(e.name(), e));
        long tp = predicted.keySet().stream().filter(gold::containsKey).count();
        gold.forEach((name, forms) -> {
            if (!predicted.containsKey(name)) note("missed " + kind + " " + doc.lang() + " " + name, String.join("/", forms));
        });
        predicted.forEach((name, e) -> {
            if (!gold.containsKey(name)) note("spurious " + kind + " " + doc.lang() + " " + name, e.mentions().getFirst().text()
                    + " [" + e.mentions().getFirst().reason() + "]");
        });
        return new Score(tp, predicted.size(), gold.size());
    }

    /**
     * The organization of the table an ORG id names: the longest run of the id's words the table knows
     * (ORG-AP-The-Associated-Press → Associated Press, ORG-BBC-Ltd → BBC); a single word of a longer id only when it
     * is an acronym.
     */
    static Optional<String> organizationOfId(String id) {
        String[] words = id.substring(4).split("-");
        for (int length = words.length; length >= 1; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String run = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + length));
                // One word of a longer id only as an acronym: ORG-BBC-Ltd is the BBC, ORG-Liberal-Democrats-UK no Democrats.
                if (length == 1 && words.length > 1 && !run.equals(run.toUpperCase(java.util.Locale.ROOT))) continue;
                Optional<String> name = OrganizationGazetteer.standard().canonicalOf(run);
                if (name.isPresent()) return name;
            }
        }
        return Optional.empty();
    }

    /** The current country a GPE id names (GPE-Great-Britain → United Kingdom), none for a city or region. */
    static Optional<String> countryOfId(String id) {
        return CountryCodes.countryNamed(id.substring(4).replace('-', ' '));
    }

    private void note(String error, String example) {
        errors.merge(error, 1, Integer::sum);
        Set<String> forms = errorForms.computeIfAbsent(error, k -> new LinkedHashSet<>());
        if (forms.size() < 4) forms.add(example);
    }

    /** The gold person ids a found name was matched to in some document. */
    public Set<String> goldIdsOf(String name) {
        Set<String> ids = new TreeSet<>();
        namesOfPerson.forEach((id, names) -> {
            if (names.contains(name)) ids.add(id);
        });
        return ids;
    }

    /** Persons F1 per language and the one-name share, one line each. */
    public void summary(PrintWriter out) {
        StringBuilder line = new StringBuilder("  persons F1:");
        byLanguage.forEach((lang, s) -> line.append(String.format(" %s %.3f", lang, s[0].f1())));
        out.println(line);
        out.println("  " + oneNameLine());
    }

    private String oneNameLine() {
        List<String> multilingual = multilingual();
        long one = multilingual.stream().filter(id -> namesOfPerson.getOrDefault(id, Set.of()).size() == 1).count();
        long foundAtAll = multilingual.stream().filter(namesOfPerson::containsKey).count();
        return String.format("one name per person: %d of %d persons named in 2+ languages (%.1f %%); found at all: %d; several names: %d",
                one, multilingual.size(), multilingual.isEmpty() ? 0 : 100.0 * one / multilingual.size(), foundAtAll,
                foundAtAll - one);
    }

    private List<String> multilingual() {
        return languagesOfPerson.entrySet().stream().filter(e -> e.getValue().size() >= 2).map(Map.Entry::getKey).sorted().toList();
    }

    public void report(PrintWriter out, int top) {
        out.printf("%-5s %5s | %-22s | %-22s | %-22s%n", "lang", "docs", "persons P / R / F1", "countries P / R / F1",
                "organizations P / R / F1");
        for (String lang : byLanguage.keySet().stream().filter(l -> !l.equals(ALL)).toList()) row(out, lang);
        row(out, ALL);
        Score[] all = byLanguage.get(ALL);
        if (all != null) {
            out.printf("persons   all: %s%ncountries all: %s%norganizations all: %s%n", all[0], all[1], all[2]);
        }
        List<String> multilingual = multilingual();
        out.println(oneNameLine());
        if (top > 0) {
            out.println("most frequent errors:");
            errors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(top).forEach(e -> out.printf("  %5d  %s   e.g. %s%n", e.getValue(), e.getKey(), errorForms.get(e.getKey())));
            out.println("persons with several names:");
            multilingual.stream().filter(id -> namesOfPerson.getOrDefault(id, Set.of()).size() > 1)
                    .sorted((a, b) -> Integer.compare(namesOfPerson.get(b).size(), namesOfPerson.get(a).size())).limit(top)
                    .forEach(id -> out.printf("  %s  %s%n", id, new ArrayList<>(namesOfPerson.get(id))));
        }
    }

    /**
     * Every person named in 2+ languages who does not get one facet value, with the values found per language
     * ("-" where the gold names the person and nothing was matched): what tells a missing join from a missed name.
     */
    public void oneNameFailures(PrintWriter out) {
        out.println("persons named in 2+ languages without one facet value (gold id: language: values):");
        for (String id : multilingual()) {
            if (namesOfPerson.getOrDefault(id, Set.of()).size() == 1) continue;
            Map<String, Set<String>> found = namesOfPersonByLanguage.getOrDefault(id, Map.of());
            StringBuilder line = new StringBuilder("  " + id + ":");
            for (String lang : languagesOfPerson.get(id)) {
                line.append(' ').append(lang).append(' ').append(found.containsKey(lang) ? found.get(lang) : "-").append(';');
            }
            out.println(line);
        }
    }

    private void row(PrintWriter out, String lang) {
        Score[] s = byLanguage.get(lang);
        if (s == null) return;
        out.printf("%-5s %5d | %s | %s | %s%n", lang, documents.get(lang), prf(s[0]), prf(s[1]), prf(s[2]));
    }

    private static String prf(Score s) {
        return String.format("%.3f / %.3f / %.3f   ", s.precision(), s.recall(), s.f1());
    }
}
