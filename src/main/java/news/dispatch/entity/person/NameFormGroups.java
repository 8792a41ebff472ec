package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The first step of {@link PersonNameGroups}: the groups of one script's spellings by name forms alone — middle
 * initials, given-name short forms, initials for a given name, transliterations of the surname and the given name
 * ({@link NameSpellings}) — each named by its variant in the most articles (a full given name before an initial;
 * alphabetical on a tie). Full names group by surname key, given-name key and spelled-out middle names; initial-only
 * names and short forms of several given names then join the one full group they fit.
 */
final class NameFormGroups {
    private static final Set<String> ARTICLES = Set.of("al", "el");

    private NameFormGroups() {
    }

    /**
     * A name taken apart: the surname's spelling key, the given name's key (nickname made formal, then its
     * transliteration group), middle initials and spelled-out middle names.
     */
    private record Form(String name, String surname, String given, boolean initialOnly, String middle,
                        String middleWords) {
    }

    /** A form that joins the one full group it fits: an initial, or a short form of several given names. */
    private record Partial(Form form, Predicate<String> fits) {
    }

    /**
     * The groups of one script's spellings by name forms alone (no suffix, slip or cross-script joins):
     * package-private for its equivalence test.
     */
    static SortedMap<String, String> groups(Map<String, Integer> articles) {
        return groups(articles, false);
    }

    /**
     * As {@link #groups(Map)}, and with {@code dominant} (the rules added after the scan the test pins) a short form of
     * several names joins no name with a spelled-out middle name, and when it fits several full groups, the one named
     * far more often ({@link #dominantCandidate}).
     */
    static SortedMap<String, String> groups(Map<String, Integer> articles, boolean dominant) {
        NameForms forms = NameForms.standard();
        NameSpellings spellings = NameSpellings.standard();
        // Full given names by (given, surname); initial-only or prefix names wait for the full ones to be known.
        SortedMap<String, List<Form>> full = new TreeMap<>();
        List<Partial> partial = new ArrayList<>();
        for (String name : new TreeSet<>(articles.keySet())) {
            Form f = form(name, forms, spellings);
            if (f == null) continue;
            List<String> formals = forms.formalsOfAmbiguous(PersonName.words(name)[0]);
            if (f.initialOnly()) partial.add(new Partial(f, g -> spellings.initialFits(f.given(), g)));
            else if (!formals.isEmpty() && f.middle().isEmpty()) {
                List<String> keys = formals.stream().map(spellings::givenKey).toList();
                // Named like a full form: "Rudy Giuliani" in 130 articles names the group, not "Rudolph" in 14.
                partial.add(new Partial(f, keys::contains));
            } else full.computeIfAbsent(f.given() + " " + f.surname() + "|" + f.middleWords(), k -> new ArrayList<>()).add(f);
        }
        // A group whose members carry different middle initials is several persons: it merges nothing.
        full.values().removeIf(group -> group.stream().map(Form::middle).filter(m -> !m.isEmpty()).distinct().count() > 1);
        SortedMap<String, List<Form>> merged = new TreeMap<>();
        full.forEach((key, group) -> merged.computeIfAbsent(key, k -> new ArrayList<>()).addAll(group));
        // Initial forms and short forms of several names (ambiguous-nicknames.tsv: Steve, Jerry) join the one full
        // group they fit, looked up among the full groups only, so the answer does not depend on which was joined
        // first. (Given-name prefixes are not enough: Ali/Alicia, Abdul/Abdullah.) Candidates are looked up by
        // surname key, so each name meets only the groups of its surname: near-linear in the names, where scanning
        // every group was quadratic (80,000 names took 38 s under the index writer's lock).
        Map<String, List<String>> groupsBySurname = new HashMap<>();
        full.forEach((key, group) ->
                groupsBySurname.computeIfAbsent(group.getFirst().surname(), k -> new ArrayList<>()).add(key));
        for (Partial p : partial) {
            List<String> sameSurname = groupsBySurname.getOrDefault(p.form().surname(), List.of());
            String only = onlyCandidate(full, sameSurname, p.fits());
            if (dominant && !p.form().initialOnly()) {
                // A short form names no one with a spelled-out middle name ("Jack Cooper" is not John Sherman Cooper).
                Predicate<String> plain = key -> full.get(key).getFirst().middleWords().isEmpty();
                List<String> plainGroups = sameSurname.stream().filter(plain).toList();
                only = onlyCandidate(full, plainGroups, p.fits());
                if (only == null) only = dominantCandidate(full, plainGroups, p.fits(), articles);
            }
            if (only != null) merged.get(only).add(p.form());
        }
        SortedMap<String, String> canonical = new TreeMap<>();
        Comparator<Form> best = Comparator.comparing(Form::initialOnly)
                .thenComparing(f -> -articles.get(f.name()))
                .thenComparing(Form::name);
        for (List<Form> group : merged.values()) {
            if (group.size() < 2) continue;
            String name = group.stream().min(best).orElseThrow().name();
            for (Form f : group) if (!f.name().equals(name)) canonical.put(f.name(), name);
        }
        return canonical;
    }

    /** A short form of several names joins the one it fits that is named this many times as often as the others. */
    private static final int DOMINANT = 5;

    /**
     * The key of the full group among these (one surname's) whose given name fits a short form of several names and
     * which is named in {@link #DOMINANT} times as many articles as the other fitting groups together ("Steve Bannon"
     * is Stephen Bannon, 60 articles, beside a slipped "Steven Bannon" in 4), or null. Not for initials: "J. Smith"
     * beside a frequent John Smith and a rare Jane Smith stays as it is.
     */
    private static String dominantCandidate(SortedMap<String, List<Form>> full, List<String> sameSurname,
                                            Predicate<String> fits, Map<String, Integer> articles) {
        String best = null;
        int bestArticles = 0;
        int others = 0;
        for (String key : sameSurname) {
            if (!fits.test(full.get(key).getFirst().given())) continue;
            int n = full.get(key).stream().mapToInt(f -> articles.get(f.name())).sum();
            if (n > bestArticles) {
                others += bestArticles;
                best = key;
                bestArticles = n;
            } else others += n;
        }
        return best != null && others > 0 && bestArticles >= DOMINANT * others ? best : null;
    }

    /** The key of the only full group among these (one surname's) whose given name fits, or null (none or several). */
    private static String onlyCandidate(SortedMap<String, List<Form>> full, List<String> sameSurname,
                                        Predicate<String> fits) {
        String found = null;
        for (String key : sameSurname) {
            if (!fits.test(full.get(key).getFirst().given())) continue;
            if (found != null) return null;
            found = key;
        }
        return found;
    }

    /** A surname whose spelling key has this many letters or fewer keeps its own vowels and first letter. */
    private static final int SHORT_SURNAME_KEY = 3;

    /**
     * The key of a short surname: the romanization rules' vowels make different families' short names one ("Lee" and
     * "Li", "Reed" and "Rid", "Key" and "Kay"), where a long one keeps enough letters to tell. Counted over all the
     * merges of the name-forms groups on AllSides parts 1-3 + the worldwide newswire: the 3 joined through a key of
     * three letters or fewer (Michael Li → Mike Lee, Thomas Rid → Tom Reed, John Key → John Kay) were all two persons.
     * Folded, without apostrophes, a leading article and hyphens and with doubled letters single, as the long key is.
     */
    private static String shortSurnameKey(String key, String surname) {
        if (key.length() > SHORT_SURNAME_KEY) return key;
        return NameSpellings.fold(surname).replaceAll("[’'`ʼ‘]", "").replaceFirst("^(al|el|ul)-", "").replace("-", "")
                .replaceAll("(.)\\1+", "$1");
    }

    private static Form form(String name, NameForms forms, NameSpellings spellings) {
        String[] words = PersonName.words(name);
        if (words.length < 2 || name.chars().anyMatch(Character::isDigit)) return null;
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        // "Martin Luther King Jr." and odd last words ("U.S.") are left as they are.
        if (last.length() < 2 || !Character.isLetter(last.charAt(0)) || last.endsWith(".")
                || PersonName.isSuffix(last)) return null;
        // Transliterations of one surname share a key (Zelensky/Zelenskyy, Gaddafi/Qaddafi, al-Assad/Assad); a
        // spelled-out article before it ("Bashar al Assad") is part of the surname, not a middle name.
        String surname = shortSurnameKey(NameSpellings.surnameKey(last), last);
        int end = words.length - 1;
        if (end >= 2 && ARTICLES.contains(words[end - 1].toLowerCase(Locale.ROOT))) end--;
        int given = 0;
        while (given < end && NameForms.isInitial(words[given])) given++;
        if (given == end) {
            // Initials only ("J. Smith"): the first initial stands for the given name.
            return new Form(name, surname, NameSpellings.fold(words[0].substring(0, 1)), true, "", "");
        }
        StringBuilder middle = new StringBuilder();
        StringBuilder middleWords = new StringBuilder();
        for (int i = given + 1; i < end; i++) {
            middle.append(Character.toUpperCase(words[i].charAt(0)));
            if (!NameForms.isInitial(words[i])) middleWords.append(words[i].toLowerCase(Locale.ROOT)).append(' ');
        }
        String formal = spellings.givenKey(forms.formal(words[given]));
        return new Form(name, surname, formal, false, middle.toString(), middleWords.toString().strip());
    }
}
