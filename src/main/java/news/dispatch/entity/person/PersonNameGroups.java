package news.dispatch.entity.person;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

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
 *
 * <p>This class holds the entry points and the order of the steps; each step has a class of its own: the groups by
 * name forms ({@link NameFormGroups}), generational suffixes ({@link GenerationSuffixes}), slips of the surname
 * ({@link SurnameSlips}) and of the given name ({@link GivenNameSlips}, {@link ApartSlips}), the later joins of part
 * of a name ({@link GluedWords}, {@link ReversedNames}, {@link MiddleNames}, {@link MaidenNames}, {@link
 * HalfSurnames}, {@link UndottedInitials}, {@link TrailingInitials}) and the join across scripts ({@link
 * CrossScriptNameGroups}).
 */
public final class PersonNameGroups {
    private PersonNameGroups() {
    }

    /**
     * @param articles person names and the number of articles holding each
     * @return each variant that goes to another name, and that name
     */
    public static SortedMap<String, String> canonicalNames(Map<String, Integer> articles) {
        return canonicalNames(articles, Set.of());
    }

    /**
     * As {@link #canonicalNames(Map)}, and a name with a generational suffix ("Eric Holder Jr", "Joseph Biden Jr.")
     * joins the same name without it when the index holds that name, unless the two are two persons ({@link
     * GenerationSuffixes}); then slips of the surname ({@link SurnameSlips}) and of the given name ({@link
     * GivenNameSlips}), words glued to a name ({@link GluedWords}), names
     * written surname first ({@link ReversedNames}) and short forms of a spelled-out middle name ({@link MiddleNames})
     * join a far more frequent person; a maiden name in the middle ({@link MaidenNames}), a compound surname written
     * without its given name ({@link HalfSurnames}), initials written without dots ({@link UndottedInitials}) and
     * initials that end another name's ({@link TrailingInitials}) join their person.
     *
     * @param twoPersons suffixed names that one article names beside the name without the suffix ("Donald Trump Jr."
     *                   and "Donald Trump"): father and son
     */
    public static SortedMap<String, String> canonicalNames(Map<String, Integer> articles, Set<String> twoPersons) {
        return canonicalNames(articles, twoPersons, SlavicOnlyNames.NONE);
    }

    /**
     * As {@link #canonicalNames(Map, Set)}, and the names only articles in a Slavic language hold join the
     * name they sound like across scripts and case endings ({@link CrossScriptNameGroups}).
     *
     * @param slavicOnly the names that no article outside {@link SlavicPersons#LANGUAGES} holds
     */
    public static SortedMap<String, String> canonicalNames(Map<String, Integer> articles, Set<String> twoPersons,
                                                           SlavicOnlyNames slavicOnly) {
        return canonicalNames(articles, twoPersons, slavicOnly, Set.of());
    }

    /**
     * As {@link #canonicalNames(Map, Set, SlavicOnlyNames)}, and a real given name one slip off a far more
     * frequent person's ({@link #realNameSlips}) joins that person when it is in {@code slipsApart}: no article names
     * the two together.
     */
    public static SortedMap<String, String> canonicalNames(Map<String, Integer> articles, Set<String> twoPersons,
                                                           SlavicOnlyNames slavicOnly, Set<String> slipsApart) {
        return DiacriticSpellings.grouped(articles, twoPersons, slavicOnly, slipsApart, PersonNameGroups::joined);
    }

    /** The steps in their order, over the names in plain letters where Slavic articles wrote diacritics. */
    private static SortedMap<String, String> joined(Map<String, Integer> articles, Set<String> twoPersons,
                                                    SlavicOnlyNames slavicOnly, Set<String> slipsApart) {
        SortedMap<String, String> canonical = NameFormGroups.groups(articles, true);
        GenerationSuffixes.join(articles, twoPersons, canonical);
        SurnameSlips.join(articles, canonical);
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
        SortedMap<String, String> joined = CrossScriptNameGroups.join(articles, canonical, slavicOnly);
        // Last: every join above may have put father and son in one group (George W. Bush, H. W. Bush).
        FatherAndSonGroups.split(articles, joined);
        return joined;
    }

    /**
     * Whether a suffixed name ("Donald Trump Jr.") and the name without the suffix are two persons, father and son
     * ({@link GenerationSuffixes#fatherAndSon}).
     *
     * @param name     the suffixed name
     * @param articles articles naming it
     * @param shared   of those, the articles also naming the name without the suffix
     * @param names    every person name of the index
     */
    public static boolean fatherAndSon(String name, int articles, int shared, Set<String> names) {
        return GenerationSuffixes.fatherAndSon(name, articles, shared, names);
    }

    /**
     * Names a near spelling of a person named in 5 articles and 5 times as many, the rest of the name the same ({@link
     * ApartSlips}: a real given name one typing slip off, a short given name one doubled or silent letter off —
     * "Corey Booker" → "Cory Booker", "Brett Baier" → "Bret Baier" —, a four-letter surname with a final "s", a long
     * surname two edits off), each with that person: the index joins a pair when no article names both ({@link #canonicalNames(Map, Set,
     * SlavicOnlyNames, Set)}).
     */
    public static SortedMap<String, String> realNameSlips(Map<String, Integer> articles) {
        return ApartSlips.candidates(articles);
    }

    /** "Eric Holder Jr." → "Eric Holder"; null for a name without a generational suffix or with too few words. */
    public static String withoutSuffix(String name) {
        return GenerationSuffixes.withoutSuffix(name);
    }
}
