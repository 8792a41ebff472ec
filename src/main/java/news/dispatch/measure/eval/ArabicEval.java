package news.dispatch.measure.eval;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;

/**
 * Arabic persons and countries on articles without gold: of the articles that name a target (one of its usual Arabic
 * spellings as a word, with the particles Arabic writes onto it: و ف, ب ل ك, ال), how many get that person or country
 * from the extractor, i.e. are found by its filter. The spellings here are the reference, written apart from the
 * extractor's tables. The persons and countries found most often are listed as well, to read for wrong ones.
 */
public final class ArabicEval {
    /** The Arabic targets and the spellings Arabic news gives them (أ and ا both). */
    static final Map<String, List<String>> PERSONS = ordered(
            "Vladimir Putin", "بوتين",
            "Barack Obama", "أوباما|اوباما",
            "John Kerry", "كيري",
            "Hassan Rouhani", "روحاني",
            "Benjamin Netanyahu", "نتنياهو|نتانياهو",
            "Sergey Lavrov", "لافروف",
            "David Cameron", "كاميرون",
            "Ban Ki-moon", "بان كي مون|كي مون");
    static final Map<String, List<String>> COUNTRIES = ordered(
            "Russia", "روسيا",
            "Iran", "إيران|ايران",
            "Syria", "سوريا|سورية",
            "Yemen", "اليمن",
            "Egypt", "مصر",
            "Turkey", "تركيا",
            "Iraq", "العراق",
            "France", "فرنسا",
            "China", "الصين");

    private final Map<String, Pattern> patterns = new HashMap<>();
    private final Map<String, int[]> counts = new LinkedHashMap<>(); // target → {named, found}
    private final Map<String, Integer> personsFound = new HashMap<>();
    private final Map<String, Integer> countriesFound = new HashMap<>();
    private int articles;

    public ArabicEval() {
        PERSONS.forEach((name, forms) -> patterns.put(name, pattern(forms)));
        COUNTRIES.forEach((name, forms) -> patterns.put(name, pattern(forms)));
        PERSONS.keySet().forEach(n -> counts.put(n, new int[2]));
        COUNTRIES.keySet().forEach(n -> counts.put(n, new int[2]));
    }

    private static Map<String, List<String>> ordered(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], List.of(pairs[i + 1].split("\\|")));
        return map;
    }

    /**
     * A spelling as a whole word, after any particles (و ف, then ب ل ك; ل before ال drops its alif). A spelling
     * without the article takes none: الكاميرون is Cameroon, not Cameron.
     */
    private static Pattern pattern(List<String> forms) {
        String alternatives = forms.stream().map(f -> f.startsWith("ال") ? "(?:ال|ل)?" + Pattern.quote(f.substring(2))
                : Pattern.quote(f)).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{M}])[وف]?[بلك]?(?:" + alternatives + ")(?![\\p{L}\\p{M}])");
    }

    /** Adds one article; call from one thread. */
    public void add(String text, Entities found) {
        articles++;
        found.persons().forEach(p -> personsFound.merge(p.name(), 1, Integer::sum));
        found.countries().forEach(c -> countriesFound.merge(c.name(), 1, Integer::sum));
        counts.forEach((target, c) -> {
            if (!patterns.get(target).matcher(text).find()) return;
            c[0]++;
            boolean got = (PERSONS.containsKey(target) ? found.persons() : found.countries()).stream()
                    .map(Entity::name).anyMatch(target::equals);
            if (got) c[1]++;
        });
    }

    public void report(PrintWriter out, int top) {
        out.printf("%d articles%n%-22s %7s %7s %7s%n", articles, "target", "naming", "found", "share");
        int[] persons = new int[2];
        int[] countries = new int[2];
        counts.forEach((target, c) -> {
            out.printf("%-22s %7d %7d %6.1f %%%n", target, c[0], c[1], c[0] == 0 ? 0 : 100.0 * c[1] / c[0]);
            int[] sum = PERSONS.containsKey(target) ? persons : countries;
            sum[0] += c[0];
            sum[1] += c[1];
        });
        out.printf("%-22s %7d %7d %6.1f %%%n", "persons (targets)", persons[0], persons[1], 100.0 * persons[1] / Math.max(1, persons[0]));
        out.printf("%-22s %7d %7d %6.1f %%%n", "countries (targets)", countries[0], countries[1], 100.0 * countries[1] / Math.max(1, countries[0]));
        out.println("persons found most often (articles):");
        list(out, personsFound, top);
        out.println("countries found most often (articles):");
        list(out, countriesFound, top);
    }

    private static void list(PrintWriter out, Map<String, Integer> counts, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).forEach(e -> out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
    }
}
