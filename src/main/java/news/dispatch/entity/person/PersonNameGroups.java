package news.dispatch.entity.person;

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
 * (middle initials, given-name short forms, initials for a given name, transliterations of the surname and the
 * given name: {@link NameSpellings}) and names each group by its variant in the
 * most articles (a full given name before an initial; alphabetical on a tie).
 *
 * <p>Deterministic and order-free: the answer depends only on the set of names and their article counts. Built to
 * avoid false merges: names merge only with the same surname spelling key and compatible given names (equal after
 * nicknames.tsv and given-name-variants.tsv, or one an initial of the other), and only when the candidate is the only one — with "John Smith" and
 * "Jane Smith" both present, "J. Smith" goes nowhere; two different middle initials ("George H. W. Bush", "George
 * W. Bush") keep their group apart, and a spelled-out middle name is part of the identity ("John Quincy Adams" is not
 * "John Adams"; measured on worldwide newswire + AllSides part 4, where initials and nicknames merged right and
 * spelled-out middle names did not).
 */
public final class PersonNameGroups {
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el");

    private PersonNameGroups() {
    }

    /**
     * A name taken apart: the surname's spelling key, the given name's key (nickname made formal, then its
     * transliteration group), middle initials and spelled-out middle names.
     */
    private record Form(String name, String surname, String given, boolean initialOnly, String middle,
                        String middleWords) {
    }

    /** A form that joins the one full group it fits: an initial, or a short form of several given names. */
    private record Partial(Form form, java.util.function.Predicate<String> fits) {
    }

    /**
     * @param articles person names and the number of articles holding each
     * @return each variant that goes to another name, and that name
     */
    public static SortedMap<String, String> canonicalNames(Map<String, Integer> articles) {
        return canonicalNames(articles, java.util.Set.of());
    }

    /**
     * As {@link #canonicalNames(Map)}, and a name with a generational suffix ("Eric Holder Jr", "Joseph Biden Jr.")
     * joins the same name without it when the index holds that name, unless the two are two persons; then slips of
     * the surname and of the given name ({@link GivenNameSlips}), words glued to a name ({@link GluedWords}), names
     * written surname first ({@link ReversedNames}) and short forms of a spelled-out middle name ({@link MiddleNames})
     * join a far more frequent person; a maiden name in the middle ({@link MaidenNames}), a compound surname written
     * without its given name ({@link HalfSurnames}), initials written without dots ({@link UndottedInitials}) and
     * initials that end another name's ({@link TrailingInitials}) join their person.
     *
     * @param twoPersons suffixed names that one article names beside the name without the suffix ("Donald Trump Jr."
     *                   and "Donald Trump"): father and son
     */
    public static SortedMap<String, String> canonicalNames(Map<String, Integer> articles, java.util.Set<String> twoPersons) {
        return canonicalNames(articles, twoPersons, SlavicOnlyNames.NONE);
    }

    /**
     * As {@link #canonicalNames(Map, java.util.Set)}, and the names only articles in a Slavic language hold join the
     * name they sound like across scripts and case endings ({@link CrossScriptNameGroups}).
     *
     * @param slavicOnly the names that no article outside {@link SlavicPersons#LANGUAGES} holds
     */
    public static SortedMap<String, String> canonicalNames(Map<String, Integer> articles, java.util.Set<String> twoPersons,
                                                           SlavicOnlyNames slavicOnly) {
        return canonicalNames(articles, twoPersons, slavicOnly, java.util.Set.of());
    }

    /**
     * As {@link #canonicalNames(Map, java.util.Set, SlavicOnlyNames)}, and a real given name one slip off a far more
     * frequent person's ({@link #realNameSlips}) joins that person when it is in {@code slipsApart}: no article names
     * the two together.
     */
    public static SortedMap<String, String> canonicalNames(Map<String, Integer> articles, java.util.Set<String> twoPersons,
                                                           SlavicOnlyNames slavicOnly, java.util.Set<String> slipsApart) {
        SortedMap<String, String> canonical = groups(articles, true);
        for (String name : articles.keySet()) {
            String base = withoutSuffix(name);
            if (base == null || twoPersons.contains(name) || !articles.containsKey(base)) continue;
            // The son under a fuller name ("Bobby Kennedy Jr" is "Robert F. Kennedy Jr.", not the father Bobby
            // Kennedy), and a suffixed person the variants table knows, stay apart from the name without the suffix.
            String son = sameSuffixedPerson(name, base, articles);
            if (son != null) {
                canonical.put(name, canonical.getOrDefault(son, son));
                continue;
            }
            if (KnownSuffixed.NAMES.contains(withoutFinalDot(name))) continue;
            canonical.put(name, canonical.getOrDefault(base, base));
        }
        slipsOfTheSurname(articles, canonical);
        GivenNameSlips.join(articles, canonical);
        GluedWords.join(articles, canonical);
        ReversedNames.join(articles, canonical);
        MiddleNames.join(articles, canonical);
        MaidenNames.join(articles, canonical);
        HalfSurnames.join(articles, canonical);
        UndottedInitials.join(articles, canonical);
        TrailingInitials.join(articles, canonical);
        // Last: a name another rule explains ("Ivana Trump", short for "Ivana Zelnicek Trump") is no slip of a relative.
        GivenNameSlips.joinRealNames(articles, canonical, slipsApart);
        return CrossScriptNameGroups.join(articles, canonical, slavicOnly);
    }

    /**
     * Whether a suffixed name ("Donald Trump Jr.") and the name without the suffix are two persons, father and son:
     * when at least half of the suffixed name's articles also name the other, or when any does and the index knows
     * another generation of that name ("Jesse Jackson Sr" beside "Jesse Jackson Jr": the plain name is the father). A
     * son is named beside his father in most of his articles (Donald Trump Jr 97 of 102, Michael Flynn Jr 4 of 4 on
     * AllSides parts 1-3 and the worldwide newswire); a person's formal name stands beside his usual one only now and
     * then, in a profile line or a flattened hover card (Robert Mueller III 7 of 15, John Roberts Jr 1 of 16), and
     * those are one person.
     *
     * @param name     the suffixed name
     * @param articles articles naming it
     * @param shared   of those, the articles also naming the name without the suffix
     * @param names    every person name of the index
     */
    public static boolean fatherAndSon(String name, int articles, int shared, java.util.Set<String> names) {
        if (shared == 0) return false;
        if (2 * shared >= articles) return true;
        String base = withoutSuffix(name);
        String suffix = generation(name);
        for (String other : SUFFIX_WORDS) {
            if (withoutFinalDot(other).equalsIgnoreCase(suffix)) continue;
            if (names.contains(base + " " + other) || names.contains(base + ", " + other)) return true;
        }
        return false;
    }

    /** The generational suffixes as written, with and without a dot and in the cases seen. */
    private static final List<String> SUFFIX_WORDS = List.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "JR", "SR");

    /** The suffix of a suffixed name, one spelling per generation ("Jr." is "Jr"). */
    private static String generation(String name) {
        String[] words = PersonName.words(name);
        return withoutFinalDot(words[words.length - 1]);
    }

    /**
     * Names a near spelling of a person named in 5 articles and 5 times as many, the rest of the name the same ({@link
     * ApartSlips}: a real given name one typing slip off, a short given name one doubled or silent letter off —
     * "Corey Booker" → "Cory Booker", "Brett Baier" → "Bret Baier" —, a four-letter surname with a final "s", a long
     * surname two edits off), each with that person: the index joins a pair when no article names both ({@link #canonicalNames(Map, java.util.Set,
     * SlavicOnlyNames, java.util.Set)}).
     */
    public static SortedMap<String, String> realNameSlips(Map<String, Integer> articles) {
        return ApartSlips.candidates(articles);
    }

    /** The suffixed canonical names of person-variants.tsv (Robert F. Kennedy Jr.), without a final dot. */
    private static final class KnownSuffixed {
        static final java.util.Set<String> NAMES = PersonVariants.standard().variantsOfCanonical().keySet().stream()
                .filter(n -> withoutSuffix(n) != null).map(PersonNameGroups::withoutFinalDot)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static String withoutFinalDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * Another suffixed name of the index whose name without the suffix is the same person as {@code base} (a
     * nickname or a middle initial apart: Bobby Kennedy, Robert F. Kennedy), the one in more articles; or null.
     */
    private static String sameSuffixedPerson(String name, String base, Map<String, Integer> articles) {
        String[] words = PersonName.words(name);
        String suffix = withoutFinalDot(words[words.length - 1]).toLowerCase(Locale.ROOT);
        String best = null;
        for (String other : articles.keySet()) {
            String otherBase = withoutSuffix(other);
            if (otherBase == null || otherBase.equals(base) || other.equals(name)) continue;
            String[] otherWords = PersonName.words(other);
            if (!withoutFinalDot(otherWords[otherWords.length - 1]).toLowerCase(Locale.ROOT).equals(suffix)) continue;
            if (!PersonName.surname(otherBase).equals(PersonName.surname(base))) continue;
            SortedMap<String, String> pair = groups(Map.of(base, articles.getOrDefault(name, 1),
                    otherBase, articles.getOrDefault(other, 1)));
            if (!otherBase.equals(pair.get(base)) && !base.equals(pair.get(otherBase))) continue;
            if (best == null || articles.getOrDefault(other, 0) > articles.getOrDefault(best, 0)) best = other;
        }
        return best != null && articles.getOrDefault(best, 0) >= articles.getOrDefault(name, 0) ? best : null;
    }

    /** A slip needs the known spelling in at least this many articles, and this many times the slip's. */
    private static final int SLIP_MAJORITY = 5;
    /** Shorter surnames are too often other persons' at one letter's distance (Reid/Reed, Akin/Akins). */
    private static final int SLIP_MIN_SURNAME = 5;
    /**
     * A slip is a one-off: a surname one letter off written so in more articles than this is written on purpose,
     * another person's ("James Comer" in 4 articles beside James Comey, "James Risen" in 5 beside James Rosen, "Michael
     * McFaul" in 8 beside Michael McCaul); two neighbours swapped stay a typing slip however often ("Reince Preibus",
     * 5). Counted over all the surname slips the rule joined on AllSides parts 1-3 + the worldwide newswire (about
     * 150): the 3 one-letter slips named in more than 3 articles were all another person, and none of the rest was.
     */
    private static final int SLIP_MAX_ARTICLES = 3;

    /**
     * A surname one letter off (or two letters swapped) a far more frequent name with the same given and middle
     * names joins it: "David Petreaus", "Reince Preibus", "Rahm Emanual", "Bob Shieffer" in a US corpus. Only when
     * that name is the one candidate, and not for names the grouping already placed.
     */
    private static void slipsOfTheSurname(Map<String, Integer> articles, SortedMap<String, String> canonical) {
        Map<String, List<String>> byFirstWords = new java.util.HashMap<>();
        for (String name : articles.keySet()) {
            String[] w = PersonName.words(name);
            if (w.length < 2) continue;
            byFirstWords.computeIfAbsent(String.join(" ", java.util.Arrays.copyOf(w, w.length - 1)), k -> new ArrayList<>()).add(name);
        }
        for (List<String> same : byFirstWords.values()) {
            if (same.size() < 2) continue;
            for (String slip : same) {
                if (canonical.containsKey(slip)) continue;
                boolean oneOff = articles.get(slip) <= SLIP_MAX_ARTICLES;
                String found = null;
                int candidates = 0;
                for (String known : same) {
                    if (known.equals(slip) || articles.get(known) < Math.max(SLIP_MAJORITY, SLIP_MAJORITY * articles.get(slip))) continue;
                    String surname = PersonName.surname(slip);
                    String knownSurname = PersonName.surname(known);
                    if (oneSlipApart(surname, knownSurname) && (oneOff || swapped(surname, knownSurname))) {
                        found = known;
                        candidates++;
                    }
                }
                if (candidates == 1) canonical.put(slip, canonical.getOrDefault(found, found));
            }
        }
    }

    /** One letter added, dropped or changed, or two neighbours swapped; both surnames long enough to tell. */
    static boolean oneSlipApart(String a, String b) {
        if (Math.min(a.length(), b.length()) < SLIP_MIN_SURNAME || !Character.isUpperCase(a.charAt(0))
                || Character.toLowerCase(a.charAt(0)) != Character.toLowerCase(b.charAt(0))) return false;
        return PersonName.editDistance(a, b) == 1 || swapped(a, b);
    }

    /** Two neighbouring letters swapped, the rest the same: a typing slip rather than another family's name. */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) return false;
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) continue;
            if (first >= 0) return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                    && a.substring(i + 1).equals(b.substring(i + 1));
            first = i;
        }
        return false;
    }

    /** "Eric Holder Jr." → "Eric Holder"; null for a name without a generational suffix or with too few words. */
    public static String withoutSuffix(String name) {
        String[] words = PersonName.words(name);
        if (words.length < 3 || !PersonName.isSuffix(words[words.length - 1])) return null;
        String base = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
        return base.endsWith(",") ? base.substring(0, base.length() - 1) : base;
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
    private static SortedMap<String, String> groups(Map<String, Integer> articles, boolean dominant) {
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
        Map<String, List<String>> groupsBySurname = new java.util.HashMap<>();
        full.forEach((key, group) ->
                groupsBySurname.computeIfAbsent(group.getFirst().surname(), k -> new ArrayList<>()).add(key));
        for (Partial p : partial) {
            List<String> sameSurname = groupsBySurname.getOrDefault(p.form().surname(), List.of());
            String only = onlyCandidate(full, sameSurname, p.fits());
            if (dominant && !p.form().initialOnly()) {
                // A short form names no one with a spelled-out middle name ("Jack Cooper" is not John Sherman Cooper).
                java.util.function.Predicate<String> plain = key -> full.get(key).getFirst().middleWords().isEmpty();
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
                                            java.util.function.Predicate<String> fits, Map<String, Integer> articles) {
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
                                        java.util.function.Predicate<String> fits) {
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
