package news.dispatch.entity.person;

import com.ibm.icu.text.Transliterator;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Latin spellings with diacritics that Slavic articles give persons the tables do not know (Davor Božinović, Marek
 * Krajčí, Ašik Masíh), set aside while the index-wide step joins and names the groups: its rules were built and
 * measured on these names in plain letters (a Czech woman's "-ova", a case ending "-u" read off the spelling), so they
 * see them so; each group's name then takes back the spelling most articles write it in, diacritics and all. A name
 * some non-Slavic article holds, or a canonical name of person-variants.tsv, is left as written.
 */
final class DiacriticSpellings {
    private static final ThreadLocal<Transliterator> PLAIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII"));

    /** Each name set aside and its plain spelling. */
    private final Map<String, String> plainOf = new HashMap<>();

    private DiacriticSpellings(Map<String, Integer> articles, SlavicOnlyNames slavic) {
        Set<String> listed = PersonVariants.standard().variantsOfCanonical().keySet();
        for (String name : slavic.names()) {
            if (!articles.containsKey(name) || listed.contains(name) || !latin(name)) continue;
            String plain = PLAIN.get().transliterate(name);
            if (!plain.equals(name) && plain.length() == name.length()) plainOf.put(name, plain);
        }
    }

    /**
     * One name per person ({@code groups}) over the names in plain letters, its answer in the spellings the articles
     * write: each group named by its spelling in most articles (then the one with diacritics, then alphabetically).
     */
    static SortedMap<String, String> grouped(Map<String, Integer> articles, Set<String> twoPersons, SlavicOnlyNames slavic,
                                             Set<String> slipsApart, Grouping groups) {
        DiacriticSpellings d = new DiacriticSpellings(articles, slavic);
        if (d.plainOf.isEmpty()) return groups.canonicalNames(articles, twoPersons, slavic, slipsApart);
        Map<String, Integer> plainArticles = new HashMap<>();
        articles.forEach((name, n) -> plainArticles.merge(d.plain(name), n, Integer::sum));
        SortedMap<String, String> plain = groups.canonicalNames(plainArticles, d.plain(twoPersons), d.plain(slavic, articles.keySet()),
                d.plain(slipsApart));
        // Every spelling of each plain name, the one in most articles first.
        Map<String, String> written = new HashMap<>();
        Comparator<String> most = Comparator.<String>comparingInt(n -> -articles.get(n))
                .thenComparing(n -> !d.plainOf.containsKey(n)).thenComparing(Comparator.naturalOrder());
        articles.keySet().stream().collect(Collectors.groupingBy(d::plain)).forEach((p, spellings) ->
                written.put(p, spellings.stream().min(most).orElseThrow()));
        SortedMap<String, String> out = new TreeMap<>();
        for (String name : articles.keySet()) {
            String group = plain.getOrDefault(d.plain(name), d.plain(name));
            String named = written.getOrDefault(group, group);
            if (!named.equals(name)) out.put(name, named);
        }
        return out;
    }

    /** The index-wide step itself, over names as it sees them. */
    @FunctionalInterface
    interface Grouping {
        SortedMap<String, String> canonicalNames(Map<String, Integer> articles, Set<String> twoPersons,
                                                 SlavicOnlyNames slavic, Set<String> slipsApart);
    }

    private String plain(String name) {
        return plainOf.getOrDefault(name, name);
    }

    private Set<String> plain(Set<String> names) {
        return names.stream().map(this::plain).collect(Collectors.toSet());
    }

    /**
     * The names as the step sees them: a plain name is Slavic-only, or only from Cyrillic, when every spelling of it
     * is; seen in a Slavic article or undeclined when one is.
     */
    private SlavicOnlyNames plain(SlavicOnlyNames slavic, Set<String> all) {
        Set<String> notSlavicOnly = new HashSet<>();
        Set<String> notCyrillic = new HashSet<>();
        for (String name : all) {
            if (!slavic.names().contains(name)) notSlavicOnly.add(plain(name));
            if (!slavic.fromCyrillic().contains(name)) notCyrillic.add(plain(name));
        }
        Set<String> names = plain(slavic.names());
        names.removeAll(notSlavicOnly);
        Set<String> cyrillic = plain(slavic.fromCyrillic());
        cyrillic.removeAll(notCyrillic);
        Map<String, Set<String>> beside = new HashMap<>();
        slavic.besideLone().forEach((lone, others) -> beside.computeIfAbsent(plain(lone), k -> new TreeSet<>())
                .addAll(plain(others)));
        return new SlavicOnlyNames(names, cyrillic, plain(slavic.inSlavicArticles()), beside, plain(slavic.undeclined()));
    }

    /** Latin letters, spaces and signs only: the step's other scripts are no concern here. */
    private static boolean latin(String name) {
        return name.codePoints().allMatch(c -> !Character.isLetter(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
