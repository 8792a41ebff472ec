package news.dispatch.measure.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.organization.OrganizationGazetteer;
import news.dispatch.entity.organization.PublishingOutlet;
import news.dispatch.index.FieldMention;
import news.dispatch.index.Schema;
import news.dispatch.index.StoredEntity;
import news.dispatch.measure.eval.CountryMentionKind.Kind;
import news.dispatch.measure.eval.StoredArticles.StoredArticle;

/**
 * The most frequent countries and organizations of an index with flags that say where their articles come from:
 * for a country, the articles that hold it only through a word inside a longer proper name, or only through a place
 * name in an article mostly about another country; for an organization that is an outlet, how many of its articles
 * are its own pages (the article's source or URL host); and which countries have a national body among the
 * organizations. Fed one stored article at a time ({@link #add}).
 */
public final class TopEntities {
    /** A value's article counts: every mention, about, and the flagged ones with their most frequent texts. */
    static final class Counts {
        int mentions;
        int about;
        int inNames;
        int inNamesAbout;
        int places;
        int placesAbout;
        int ownPages;
        int ownPagesAbout;
        String code;
        final Map<String, Integer> flaggedTexts = new HashMap<>();
    }

    /** Names that must be found where an article writes them (the targets), by the word that names them. */
    private static final Map<String, Pattern> WRITTEN = Map.of(
            "United States Congress", Pattern.compile("\\bU\\.?S\\.? Congress\\b|\\bCongress\\b"),
            "Central Intelligence Agency", Pattern.compile("\\bCIA\\b|\\bCentral Intelligence Agency\\b"),
            "Supreme Court of the United States", Pattern.compile("\\bSupreme Court\\b"));

    private final Map<String, Counts> countries = new HashMap<>();
    private final Map<String, Counts> organizations = new HashMap<>();
    private final Set<String> ambiguousCountries = new HashSet<>();
    private final Map<String, String> outletKinds = new HashMap<>();
    private final Map<String, String> canonicalTargets = new TreeMap<>();
    private final Map<String, int[]> targetCounts = new TreeMap<>();
    private int articles;
    /** Countries whose flagged mentions are printed in context ({@code --contexts}), and those contexts. */
    private final Set<String> shown;
    private final Map<String, List<String>> contexts = new TreeMap<>();

    public TopEntities() {
        this(Set.of());
    }

    public TopEntities(Set<String> shownCountries) {
        this.shown = Set.copyOf(shownCountries);
        // A country whose own name is also a US state (Georgia) or another country's place (ambiguous-places.tsv:
        // Jersey); "Turkey" and "Guinea", ambiguous only with common words, are the country where the model tags them.
        for (Map<String, String> row : GazetteerFile.tsv("countries.tsv")) {
            String note = row.get("note");
            if (note != null && note.contains("ambiguous:us-state")) ambiguousCountries.add(row.get("name"));
        }
        for (Map<String, String> row : GazetteerFile.tsv("ambiguous-places.tsv")) ambiguousCountries.add(row.get("name"));
        for (Map<String, String> row : GazetteerFile.tsv("organizations.tsv")) {
            String kind = row.get("kind");
            if (kind != null && (kind.equals("news outlet") || kind.equals("news agency"))) outletKinds.put(row.get("name"), kind);
        }
        OrganizationGazetteer gazetteer = OrganizationGazetteer.standard();
        canonicalTargets.put("United States Congress", gazetteer.canonicalOf("Congress", List.of("US")).orElse("?"));
        canonicalTargets.put("Central Intelligence Agency", gazetteer.canonicalOf("CIA").orElse("?"));
        canonicalTargets.put("Supreme Court of the United States", gazetteer.canonicalOf("Supreme Court", List.of("US")).orElse("?"));
    }

    public void add(StoredArticle a) {
        articles++;
        Map<String, Integer> mentionsPerCountry = new HashMap<>();
        for (StoredEntity c : a.entities().countries()) mentionsPerCountry.put(c.name(), c.mentions().size());
        int most = mentionsPerCountry.values().stream().max(Integer::compare).orElse(0);
        for (StoredEntity c : a.entities().countries()) {
            Counts k = countries.computeIfAbsent(c.name(), n -> new Counts());
            k.code = c.code();
            boolean about = Boolean.TRUE.equals(c.about());
            k.mentions++;
            if (about) k.about++;
            List<CountryMentionKind.Reading> readings = new ArrayList<>();
            for (FieldMention m : c.mentions()) {
                String text = a.field(m.field());
                if (m.end() > text.length()) continue;
                readings.add(CountryMentionKind.of(text, m.start(), m.end(), m.reason(), ambiguousCountries.contains(c.name()),
                        m.field().equals(Schema.TITLE)));
            }
            if (readings.isEmpty() || readings.stream().anyMatch(r -> r.kind() == Kind.PLAIN)) continue;
            boolean allInNames = readings.stream().allMatch(r -> r.kind() == Kind.IN_NAME);
            // A place is a lead only where another country dominates: "Cambridge" in a story about Massachusetts.
            boolean otherDominates = mentionsPerCountry.get(c.name()) < most;
            if (allInNames) {
                k.inNames++;
                if (about) k.inNamesAbout++;
            } else if (otherDominates) {
                k.places++;
                if (about) k.placesAbout++;
            } else {
                continue;
            }
            readings.stream().map(CountryMentionKind.Reading::name).distinct()
                    .forEach(t -> k.flaggedTexts.merge(t, 1, Integer::sum));
            if (shown.contains(c.name())) {
                for (FieldMention m : c.mentions()) {
                    String text = a.field(m.field());
                    if (m.end() > text.length()) continue;
                    contexts.computeIfAbsent(c.name(), n -> new ArrayList<>()).add((allInNames ? "in name: " : "lone place: ")
                            + text.substring(Math.max(0, m.start() - 60), m.start()).replaceAll("\\s+", " ") + "[["
                            + m.text() + "]]" + text.substring(m.end(), Math.min(text.length(), m.end() + 60)).replaceAll("\\s+", " "));
                }
            }
        }
        PublishingOutlet outlet = new PublishingOutlet(a.source(), a.url());
        for (StoredEntity o : a.entities().organizations()) {
            Counts k = organizations.computeIfAbsent(o.name(), n -> new Counts());
            k.code = o.code();
            boolean about = Boolean.TRUE.equals(o.about());
            k.mentions++;
            if (about) k.about++;
            if (outletKinds.containsKey(o.name()) && outlet.names(o.name())) {
                k.ownPages++;
                if (about) k.ownPagesAbout++;
            }
        }
        boolean namesUs = a.entities().countries().stream().anyMatch(c -> "US".equals(c.code()));
        for (Map.Entry<String, Pattern> e : WRITTEN.entrySet()) {
            String text = a.title() + "\n\n" + a.body();
            // "Congress" and "Supreme Court" name the US ones only in an article about the US at all.
            if (!namesUs || !e.getValue().matcher(text).find()) continue;
            int[] t = targetCounts.computeIfAbsent(e.getKey(), n -> new int[2]);
            t[0]++;
            String canonical = canonicalTargets.get(e.getKey());
            if (a.entities().organizations().stream().anyMatch(o -> o.name().equals(canonical))) t[1]++;
        }
    }

    public void print(int top, PrintWriter out) {
        out.printf("%,d articles%n%n", articles);
        printCountries(top, out);
        printOrganizations(top, true, out);
        printOrganizations(top, false, out);
        printBodies(out);
        contexts.forEach((country, lines) -> {
            out.printf("%nFlagged mentions of %s in context (%d):%n", country, lines.size());
            lines.forEach(l -> out.println("  " + l));
        });
        out.flush();
    }

    private void printCountries(int top, PrintWriter out) {
        out.printf("Top %d countries by articles naming them (about in brackets). Flags: articles holding the country%n"
                + "only inside a longer proper name (in names), or only as a place name in an article mostly about%n"
                + "another country (lone place), with their most frequent texts.%n", top);
        List<Map.Entry<String, Counts>> rows = ranked(countries, false);
        int flagged = 0;
        int rank = 0;
        for (Map.Entry<String, Counts> e : rows.subList(0, Math.min(top, rows.size()))) {
            Counts k = e.getValue();
            int leads = k.inNames + k.places;
            String flag = "";
            if (leads > 0) {
                flag = String.format("in names %d (%d about), lone place %d (%d about): %s", k.inNames, k.inNamesAbout,
                        k.places, k.placesAbout, texts(k.flaggedTexts, 4));
            }
            // Most of its articles from such mentions: the country would not be in the list without them.
            boolean mostly = leads * 2 >= k.mentions;
            if (mostly) flagged++;
            out.printf("%4d %6d (%5d)  %-28s %s%s%n", ++rank, k.mentions, k.about, e.getKey(), mostly ? "<- MOSTLY " : "", flag);
        }
        out.printf("%d of the top %d countries have half their articles or more from names or lone places%n%n", flagged,
                Math.min(top, rows.size()));
    }

    private void printOrganizations(int top, boolean byAbout, PrintWriter out) {
        out.printf("Top %d organizations by articles %s (the other count in brackets), with the body's country;%n"
                + "an outlet's own pages (its source or URL host) among its articles flagged.%n", top,
                byAbout ? "about them" : "naming them");
        List<Map.Entry<String, Counts>> rows = ranked(organizations, byAbout);
        int rank = 0;
        int outletsTop10 = 0;
        for (Map.Entry<String, Counts> e : rows.subList(0, Math.min(top, rows.size()))) {
            Counts k = e.getValue();
            rank++;
            String flag = "";
            if (outletKinds.containsKey(e.getKey())) {
                int own = byAbout ? k.ownPagesAbout : k.ownPages;
                flag = String.format("<- %s, own pages %d of %d", outletKinds.get(e.getKey()), own, byAbout ? k.about : k.mentions);
                if (rank <= 10) outletsTop10++;
            }
            out.printf("%4d %6d (%6d)  %-45s %-3s %s%n", rank, byAbout ? k.about : k.mentions, byAbout ? k.mentions : k.about,
                    e.getKey(), k.code == null ? "" : k.code, flag);
        }
        out.printf("outlets among the top 10: %d%n%n", outletsTop10);
    }

    private void printBodies(PrintWriter out) {
        Map<String, Set<String>> byCountry = new TreeMap<>();
        organizations.forEach((name, k) -> {
            if (k.code != null && !k.code.isEmpty()) byCountry.computeIfAbsent(k.code, c -> new TreeSet<>()).add(name);
        });
        long values = organizations.values().stream().filter(k -> k.code != null && !k.code.isEmpty()).count();
        out.printf("%d organization values, %d of them with a country (national bodies), of %d countries:%n",
                organizations.size(), values, byCountry.size());
        byCountry.forEach((code, names) -> out.printf("  %s %3d  %s%n", code, names.size(),
                String.join(", ", names.stream().sorted(Comparator.comparingInt((String n) -> -organizations.get(n).mentions))
                        .limit(4).toList())));
        out.println("Found where named (articles naming the United States whose text has the word / of them holding the body):");
        targetCounts.forEach((name, t) -> out.printf("  %-36s as %-36s %,6d / %,6d%n", name, canonicalTargets.get(name), t[0], t[1]));
        out.flush();
    }

    private static List<Map.Entry<String, Counts>> ranked(Map<String, Counts> values, boolean byAbout) {
        return values.entrySet().stream().sorted(Comparator
                .comparingInt((Map.Entry<String, Counts> e) -> -(byAbout ? e.getValue().about : e.getValue().mentions))
                .thenComparing(Map.Entry::getKey)).toList();
    }

    private static String texts(Map<String, Integer> texts, int limit) {
        return String.join(", ", texts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(t -> t.getKey() + " " + t.getValue()).toList());
    }
}
