package news.dispatch.entity.person;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import news.dispatch.entity.GazetteerFile;

/**
 * Person-shaped names that are storms, events, places, buildings or bodies, by general rules from
 * non-person-words.txt: a storm or event word first ("Superstorm Sandy"), or a place or building word last
 * ("Capitol Hill", "Sistine Chapel") unless the first word is a known given name ("Christopher Hill"), or a word
 * that is two run together ("TrumpGOP").
 */
public final class NotAPerson {
    private final Set<String> firstWords = new HashSet<>();
    private final Set<String> lastWords = new HashSet<>();
    private final Set<String> givenNames;
    /**
     * Text run together ("Trump Donald John TrumpGOP senators balk…", a news site's hover card flattened): four lower-case
     * letters and then a capital inside one word. Names with an inner capital have a short prefix (McConnell,
     * MacArthur, DeSantis, FitzGerald); none of the 5,390 annotated person mentions of the worldwide newswire has one.
     */
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("\\p{Ll}{4}\\p{Lu}");

    public NotAPerson(Set<String> givenNames) {
        this.givenNames = Set.copyOf(givenNames);
        for (Map<String, String> row : GazetteerFile.tsv("non-person-words.txt")) {
            String word = row.get("word").toLowerCase(Locale.ROOT);
            if (row.get("position").equals("first")) firstWords.add(word); else lastWords.add(word);
        }
    }

    boolean test(String name) {
        String[] words = PersonName.words(name);
        if (words.length < 2) return false;
        for (String w : words) if (GLUED.matcher(w).find()) return true;
        if (firstWords.contains(words[0].toLowerCase(Locale.ROOT))) return true;
        return lastWords.contains(words[words.length - 1].toLowerCase(Locale.ROOT)) && !givenNames.contains(words[0]);
    }
}
