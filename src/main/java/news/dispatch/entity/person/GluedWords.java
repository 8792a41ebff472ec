package news.dispatch.entity.person;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * A person name with other words glued to it is that person: a Title-Case headline's next words ("Hillary Clinton
 * Fever", "Ted Cruz Puts Boehner"), a share button's label ("Pinterest Joe Biden"), a word the model took in before
 * the name ("Nominee William Barr", "Texan Beto O'Rourke", "H.E. Shri Narendra Modi"), a flattened card's repeat
 * ("Steny Hoyer Steny Hamilton Hoyer Hoyer"). The extractor cannot tell these words from a name's own, one article
 * at a time; the index can: the value starts or ends with the full name of a person named in far more articles.
 *
 * <p>Built to avoid false joins, as the slips of the surname are: the known name must be in at least {@link
 * #MAJORITY} articles and {@link #MAJORITY} times as many as the glued value. Two names run together ("Mitt Romney
 * Marco Rubio", "Mike Pence Karen Pence", a list or two headlines without their punctuation) are the one named
 * first: the value is no person, and the article names that one. A name with a generational suffix is left to the
 * suffix rule (father and son), and only a name's first or last words may be the glued ones: a spelled-out middle
 * name is part of the identity ("John Quincy Adams" is not "John Adams"). Nor are initials before a name glued words
 * ("J.B. Van Hollen" is not "Van Hollen"), and one surname-shaped word after a name whose last word is the given
 * name of another person of the index (named in {@link #MAJORITY} articles or more) is a surname: "John Allen
 * Muhammed" is not "John Allen" where "Allen West" is named ("Paul Ryan FDR" is Paul Ryan).
 */
final class GluedWords {
    /** The known name needs this many articles, and this many times the glued value's. */
    static final int MAJORITY = 5;
    private static final java.util.regex.Pattern SURNAME_SHAPE = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(\\p{Lu}\\.)+|\\p{Lu}");

    private GluedWords() {
    }

    /** Adds to {@code canonical} each glued value of {@code articles} not already placed, and the person it is. */
    static void join(Map<String, Integer> articles, SortedMap<String, String> canonical) {
        Map<String, String> joined = new java.util.HashMap<>();
        java.util.Set<String> givenNames = new java.util.HashSet<>();
        articles.forEach((name, count) -> {
            if (count >= MAJORITY && PersonName.isFull(name)) givenNames.add(PersonName.words(name)[0]);
        });
        for (Map.Entry<String, Integer> e : articles.entrySet()) {
            String glued = e.getKey();
            if (canonical.containsKey(glued) || PersonNameGroups.withoutSuffix(glued) != null) continue;
            String[] words = PersonName.words(glued);
            if (words.length < 3) continue;
            String person = known(words, true, e.getValue(), articles);
            if (person != null) {
                if (PersonName.words(person).length == words.length - 1 && givenNames.contains(words[words.length - 2])
                        && SURNAME_SHAPE.matcher(words[words.length - 1]).matches()) continue;
            } else {
                person = known(words, false, e.getValue(), articles);
                if (person == null || INITIALS.matcher(words[words.length - PersonName.words(person).length - 1]).matches()) continue;
            }
            joined.put(glued, canonical.getOrDefault(person, person));
        }
        // A form the grouping named by a glued value ("J. Biden Photographer") follows it to the person.
        canonical.replaceAll((name, to) -> joined.getOrDefault(to, to));
        canonical.putAll(joined);
    }

    /** The longest full name of the index that the value's words start (or end) with, if it is far more frequent; else null. */
    private static String known(String[] words, boolean atStart, int gluedArticles, Map<String, Integer> articles) {
        for (int size = words.length - 1; size >= 2; size--) {
            String[] part = atStart ? Arrays.copyOf(words, size) : Arrays.copyOfRange(words, words.length - size, words.length);
            String name = String.join(" ", part);
            Integer known = articles.get(name);
            if (known == null || !PersonName.isFull(name)) continue;
            return known < Math.max(MAJORITY, MAJORITY * gluedArticles) ? null : name;
        }
        return null;
    }
}
