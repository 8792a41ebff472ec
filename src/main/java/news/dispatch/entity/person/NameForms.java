package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.dispatch.entity.GazetteerFile;

/**
 * Writing forms of one person's name that carry no identity: middle and leading initials ("John A. Boehner",
 * "J. Christopher Stevens" are John Boehner and Christopher Stevens), and given-name short forms (Chris =
 * Christopher, from nicknames.tsv) for matching names inside one article. Read-only after loading.
 */
public final class NameForms {
    private final Map<String, String> formalOfNickname = new HashMap<>();
    private final Map<String, List<String>> formalsOfAmbiguous = new HashMap<>();

    private static final class Holder {
        static final NameForms INSTANCE = new NameForms();
    }

    private NameForms() {
        for (Map<String, String> row : GazetteerFile.tsv("nicknames.tsv")) {
            formalOfNickname.put(row.get("nickname"), row.get("formal"));
        }
        for (Map<String, String> row : GazetteerFile.tsv("ambiguous-nicknames.tsv")) {
            formalsOfAmbiguous.put(row.get("nickname"), GazetteerFile.list(row.get("formals")));
        }
    }

    public static NameForms standard() {
        return Holder.INSTANCE;
    }

    /** Every given name the table knows, short and formal: a first word that makes a span look like a person. */
    public java.util.Set<String> givenNames() {
        java.util.Set<String> names = new java.util.HashSet<>(formalOfNickname.keySet());
        names.addAll(formalOfNickname.values());
        return names;
    }

    /**
     * The name without initials: a one-letter word ("A.", "A") that is neither the surname nor the only given name
     * goes. "J. Christopher Stevens" → "Christopher Stevens"; "John A. Boehner" → "John Boehner"; "J. Smith" stays.
     */
    static String withoutInitials(String name) {
        String[] words = PersonName.words(name);
        if (words.length < 3) return name;
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            boolean last = i == words.length - 1;
            if (!last && isInitial(words[i]) && words.length - countInitials(words, i) >= 2) continue;
            kept.add(words[i]);
        }
        return kept.size() >= 2 ? String.join(" ", kept) : name;
    }

    private static int countInitials(String[] words, int upTo) {
        int n = 0;
        for (int i = 0; i <= upTo; i++) if (isInitial(words[i]) && i < words.length - 1) n++;
        return n;
    }

    static boolean isInitial(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return w.length() == 1 && Character.isUpperCase(w.charAt(0));
    }

    /** The formal names a short form with several stands for ("Steve" → Steven, Stephen), or none. */
    List<String> formalsOfAmbiguous(String given) {
        return formalsOfAmbiguous.getOrDefault(given, List.of());
    }

    /** The formal given name a short form stands for ("Chris" → "Christopher"); any other name as it is. */
    String formal(String given) {
        return formalOfNickname.getOrDefault(given, given);
    }

    /** The same person's key inside one article: formal given name and surname ("Chris Stevens" → "Christopher Stevens"). */
    String key(String name) {
        String[] words = PersonName.words(withoutInitials(name));
        if (words.length < 2) return name;
        String given = formalOfNickname.getOrDefault(words[0], words[0]);
        return given + " " + words[words.length - 1];
    }
}
