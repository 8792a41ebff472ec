package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Initials written without dots are initials: "George HW Bush" is "George H. W. Bush" (or "George H.W. Bush") when the
 * index holds that name, the one with those letters named in most articles and in more than the undotted one. An
 * undotted word is read as initials only before the surname and when a dotted name spells the same letters, so a
 * capitalized word of another kind stays a word.
 */
final class UndottedInitials {
    /** Two or three capitals, no dot: "HW", "JFK". */
    private static final Pattern UNDOTTED = Pattern.compile("\\p{Lu}{2,3}");
    /** Dotted initials written together or apart: "H.W.", "H.", "W". */
    private static final Pattern DOTTED = Pattern.compile("(\\p{Lu}\\.)+|\\p{Lu}");

    private UndottedInitials() {
    }

    /** Adds to {@code canonical} each name with undotted initials not already placed, and its dotted name. */
    static void join(Map<String, Integer> articles, SortedMap<String, String> canonical) {
        Map<String, String> dottedByKey = new HashMap<>();
        for (String name : articles.keySet()) {
            String key = key(PersonName.words(name), false);
            if (key == null) continue;
            String held = dottedByKey.get(key);
            if (held == null || articles.get(name) > articles.get(held)
                    || (articles.get(name).equals(articles.get(held)) && name.compareTo(held) < 0)) dottedByKey.put(key, name);
        }
        Map<String, String> joined = new HashMap<>();
        articles.forEach((name, count) -> {
            if (canonical.containsKey(name)) return;
            String key = key(PersonName.words(name), true);
            String dotted = key == null ? null : dottedByKey.get(key);
            if (dotted != null && articles.get(dotted) > count) joined.put(name, canonical.getOrDefault(dotted, dotted));
        });
        canonical.replaceAll((name, to) -> joined.getOrDefault(to, to));
        canonical.putAll(joined);
    }

    /**
     * The name with each run of initials before the surname written as its letters ("George H. W. Bush" → "George
     * HW Bush"), or null when the name has no undotted initials ({@code undotted} true) or no dotted ones (false).
     */
    private static String key(String[] words, boolean undotted) {
        StringBuilder key = new StringBuilder();
        boolean found = false;
        for (int i = 0; i < words.length; i++) {
            boolean initials = i < words.length - 1 && (undotted ? UNDOTTED : DOTTED).matcher(words[i]).matches();
            if (initials) {
                found = true;
                boolean runGoesOn = i > 0 && (undotted ? UNDOTTED : DOTTED).matcher(words[i - 1]).matches();
                if (!runGoesOn && !key.isEmpty()) key.append(' ');
                key.append(words[i].replace(".", ""));
            } else {
                if (!key.isEmpty()) key.append(' ');
                key.append(words[i]);
            }
        }
        return found ? key.toString() : null;
    }
}
