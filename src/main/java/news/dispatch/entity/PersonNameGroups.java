package news.dispatch.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One name per person across an index: groups the person names of all articles whose forms are the same person's
 * (middle initials, given-name short forms, initials for a given name) and names each group by its variant in the
 * most articles (a full given name before an initial; alphabetical on a tie).
 *
 * <p>Deterministic and order-free: the answer depends only on the set of names and their article counts. Built to
 * avoid false merges: names merge only with the same surname and compatible given names (equal after nicknames.tsv,
 * or one an initial of the other), and only when the candidate is the only one — with "John Smith" and
 * "Jane Smith" both present, "J. Smith" goes nowhere; two different middle initials ("George H. W. Bush", "George
 * W. Bush") keep their group apart, and a spelled-out middle name is part of the identity ("John Quincy Adams" is not
 * "John Adams"; measured on worldwide newswire + AllSides part 4, where initials and nicknames merged right and
 * spelled-out middle names did not).
 */
public final class PersonNameGroups {
    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private PersonNameGroups() {
    }

    /** A name taken apart: lower-case surname and given name (nickname made formal), middle initials. */
    private record Form(String name, String surname, String given, boolean initialOnly, String middle,
                        String middleWords) {
    }

    /**
     * @param articles person names and the number of articles holding each
     * @return each variant that goes to another name, and that name
     */
    public static SortedMap<String, String> canonicalNames(Map<String, Integer> articles) {
        NameForms forms = NameForms.standard();
        // Full given names by (given, surname); initial-only or prefix names wait for the full ones to be known.
        SortedMap<String, List<Form>> full = new TreeMap<>();
        List<Form> partial = new ArrayList<>();
        for (String name : new TreeSet<>(articles.keySet())) {
            Form f = form(name, forms);
            if (f == null) continue;
            if (f.initialOnly()) partial.add(f);
            else full.computeIfAbsent(f.given() + " " + f.surname() + "|" + f.middleWords(), k -> new ArrayList<>()).add(f);
        }
        // A group whose members carry different middle initials is several persons: it merges nothing.
        full.values().removeIf(group -> group.stream().map(Form::middle).filter(m -> !m.isEmpty()).distinct().count() > 1);
        SortedMap<String, List<Form>> merged = new TreeMap<>();
        full.forEach((key, group) -> merged.computeIfAbsent(key, k -> new ArrayList<>()).addAll(group));
        // Initial forms join the one full group they fit, looked up among the full groups only, so the answer does
        // not depend on which was joined first. (Given-name prefixes are not enough: Ali/Alicia, Abdul/Abdullah.)
        for (Form f : partial) {
            String only = onlyCandidate(full, f.surname(), g -> g.startsWith(f.given()));
            if (only != null) merged.get(only).add(f);
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

    /** The key of the only full group with this surname whose given name fits, or null (none or several). */
    private static String onlyCandidate(SortedMap<String, List<Form>> full, String surname,
                                        java.util.function.Predicate<String> fits) {
        String found = null;
        for (var e : full.entrySet()) {
            Form f = e.getValue().getFirst();
            if (!f.surname().equals(surname) || !fits.test(f.given())) continue;
            if (found != null) return null;
            found = e.getKey();
        }
        return found;
    }

    private static Form form(String name, NameForms forms) {
        String[] words = PersonName.words(name);
        if (words.length < 2 || name.chars().anyMatch(Character::isDigit)) return null;
        String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
        // "Martin Luther King Jr." and odd last words ("U.S.") are left as they are.
        if (surname.length() < 2 || !Character.isLetter(surname.charAt(0)) || surname.endsWith(".")
                || SUFFIXES.contains(surname)) return null;
        int given = 0;
        while (given < words.length - 1 && NameForms.isInitial(words[given])) given++;
        if (given == words.length - 1) {
            // Initials only ("J. Smith"): the first initial stands for the given name.
            return new Form(name, surname, words[0].substring(0, 1).toLowerCase(Locale.ROOT), true, "", "");
        }
        StringBuilder middle = new StringBuilder();
        StringBuilder middleWords = new StringBuilder();
        for (int i = given + 1; i < words.length - 1; i++) {
            middle.append(Character.toUpperCase(words[i].charAt(0)));
            if (!NameForms.isInitial(words[i])) middleWords.append(words[i].toLowerCase(Locale.ROOT)).append(' ');
        }
        String formal = forms.formal(words[given]).toLowerCase(Locale.ROOT);
        return new Form(name, surname, formal, false, middle.toString(), middleWords.toString().strip());
    }
}
