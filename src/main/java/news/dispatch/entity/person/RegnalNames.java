package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.language.ConsonantSkeleton;
import news.dispatch.entity.text.NameFold;

/**
 * A regnal or papal name (a given name and a Roman numeral, or an ordinal in words: ordinal-numerals.tsv) written in Slavic articles only joins the one person the
 * index or person-variants.tsv names by that numeral and a spelling of that given name in another language:
 * Elżbieta II, Alžběta II, Elizaveta II (Елизавета II), Elizabeta II → Queen Elizabeth II. Every language writes a
 * monarch's or pope's name in its own form of the given name (Elizabeth, Elżbieta, Alžběta, Елизавета), which
 * neither the given-name variants nor a transliteration joins; the numeral makes the name specific enough that the
 * given names need only share their consonants (a first vowel may differ, one consonant may be another: Elizaveta).
 * A person is named the canonical name of person-variants.tsv when it lists the monarch ("Queen Elizabeth II" with
 * "Elizabeth II"), so the facet shows one name in every language, as English coverage writes it.
 *
 * <p>Measured on the BSNLP dev stories: Queen Elizabeth II (five languages, eight spellings) and Pope Benedict XVI get
 * one name; no other name of the 1,906 joins.
 */
final class RegnalNames {
    /** A Roman numeral from I to XXXIX, folded to lower case. */
    private static final Pattern NUMERAL = Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");

    private RegnalNames() {
    }

    /**
     * Joins in {@code out} (each variant and the name it goes to) the regnal names of {@code slavicOnly}, each group
     * once, onto the one person whose regnal name matches.
     */
    static void join(Map<String, Integer> articles, Set<String> slavicOnly, SortedMap<String, String> out) {
        // Numeral → the persons named by it, each with the given names it is written with (the word before the numeral).
        Map<String, Map<String, Set<String>>> byNumeral = new HashMap<>();
        PersonVariants.standard().variantsOfCanonical().forEach((canonical, variants) -> {
            addRegnal(byNumeral, canonical, canonical);
            variants.forEach(v -> addRegnal(byNumeral, v, canonical));
        });
        for (String name : articles.keySet()) {
            String person = out.getOrDefault(name, name);
            if (!slavicOnly.contains(person)) addRegnal(byNumeral, name, person);
        }
        Map<String, String> joined = new TreeMap<>();
        for (String name : new TreeSet<>(slavicOnly)) {
            String group = out.getOrDefault(name, name);
            if (!slavicOnly.contains(group) || joined.containsKey(group)) continue;
            String[] words = NameFold.fold(group).split(" ");
            String numeral = words.length == 2 ? numeral(words[1]) : null;
            if (numeral == null) continue;
            Set<String> persons = new TreeSet<>();
            byNumeral.getOrDefault(numeral, Map.of()).forEach((person, givens) -> {
                if (givens.stream().anyMatch(g -> sameName(words[0], g))) persons.add(person);
            });
            persons.remove(group);
            if (persons.size() == 1) joined.put(group, persons.iterator().next());
        }
        joined.forEach((group, person) -> {
            out.put(group, person);
            out.replaceAll((variant, to) -> to.equals(group) ? person : to);
        });
    }

    private static void addRegnal(Map<String, Map<String, Set<String>>> byNumeral, String name, String person) {
        String[] words = NameFold.fold(name).split(" ");
        // English writes a monarch's numeral in Roman letters: only those name a person here.
        String numeral = words.length < 2 ? null : words[words.length - 1];
        if (numeral == null || numeral.isEmpty() || !NUMERAL.matcher(numeral).matches()) return;
        byNumeral.computeIfAbsent(numeral, k -> new TreeMap<>())
                .computeIfAbsent(person, k -> new TreeSet<>()).add(words[words.length - 2]);
    }

    /**
     * The endings of an ordinal in the cases and genders these languages write after a name, folded (втор-ият,
     * втор-ая, drug-a, druh-ého): a word with another ending is no ordinal (Petrov is no pet-, fifth).
     */
    private static final Set<String> ORDINAL_ENDINGS = Set.of("", "a", "e", "i", "o", "u", "y", "ia", "ie", "ja", "ji",
            "ij", "yj", "oj", "aja", "ata", "iat", "ijat", "ogo", "ego", "ho", "eho", "ej", "ega", "ti", "ta");

    /** Folded ordinal stem → Roman numeral, from ordinal-numerals.tsv. */
    private static final Map<String, String> ORDINALS = ordinals();

    private static Map<String, String> ordinals() {
        Map<String, String> out = new HashMap<>();
        for (Map<String, String> row : GazetteerFile.tsv("ordinal-numerals.tsv")) {
            for (String stem : GazetteerFile.list(row.get("stems"))) out.put(NameFold.fold(stem), row.get("numeral"));
        }
        return Map.copyOf(out);
    }

    /**
     * The Roman numeral a folded word is (ii) or stands for as an ordinal with its ending (vtora, sestnajseti: the
     * longest stem, so "sestnajset" is xvi and not vi), or null.
     */
    static String numeral(String word) {
        if (!word.isEmpty() && NUMERAL.matcher(word).matches()) return word;
        String best = null;
        for (int end = Math.min(word.length(), 16); end >= 3 && best == null; end--) {
            String numeral = ORDINALS.get(word.substring(0, end));
            if (numeral != null && ORDINAL_ENDINGS.contains(word.substring(end))) best = numeral;
        }
        return best;
    }

    /**
     * One given name in two languages' forms: the consonants of both, without a case ending, one letter apart at
     * most from three on (Elizabeth, Elżbieta, Alžběta, Elizaveta: lzbt, lzvt), and no other letter first but a vowel.
     */
    static boolean sameName(String a, String b) {
        String x = ConsonantSkeleton.PERSONS.of(stem(a));
        String y = ConsonantSkeleton.PERSONS.of(stem(b));
        if (Math.min(x.length(), y.length()) < 3) return x.equals(y) && !x.isEmpty() && a.charAt(0) == b.charAt(0);
        return x.charAt(0) == y.charAt(0) && PersonName.editDistance(x, y) <= 1;
    }

    /** A given name without a final vowel (the case or feminine ending: Elżbiety, Alžběta, Elizabeto). */
    private static String stem(String word) {
        return word.replaceFirst("[aeiouy]+$", "");
    }
}
