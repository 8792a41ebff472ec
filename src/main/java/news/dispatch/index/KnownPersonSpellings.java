package news.dispatch.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.dispatch.entity.person.PersonName;
import news.dispatch.entity.person.PersonVariants;

/**
 * The known persons' names (person-variants.tsv) by their cross-script keys ({@link CrossScriptAnalyzer#keysOf}), for
 * the English reading of a query written in another alphabet or inflected: English articles have no keys, so the
 * query must reach them in English coverage's spelling. "Тереза Мэй" read letter by letter is "Teresa May", whose
 * keys are Theresa May's; "Макрон" is "Makron", Macron's key; "Merkelová" is Merkel. A full name is matched in full;
 * a surname alone when it has four letters or more and no other known surname of the same ending (in a or not)
 * shares its key. Thread-safe.
 */
public final class KnownPersonSpellings {
    private static final int SHORTEST_SURNAME = 4;
    private final Map<String, String> spellingOfKeys = new HashMap<>();
    private final int longest;

    private static final class Holder {
        static final KnownPersonSpellings INSTANCE = new KnownPersonSpellings(PersonVariants.standard().variantsOfCanonical().keySet());
    }

    private KnownPersonSpellings(Set<String> names) {
        int most = 1;
        Map<String, Set<String>> surnamesOfKey = new HashMap<>();
        for (String name : names) {
            String[] words = name.split("\\s+");
            if (words.length < 2) continue;
            most = Math.max(most, words.length);
            spellingOfKeys.putIfAbsent(NameRuns.joined(java.util.Arrays.stream(words).map(CrossScriptAnalyzer::key).toList()), name);
            String surname = PersonName.surname(name);
            if (surname.length() >= SHORTEST_SURNAME) {
                surnamesOfKey.computeIfAbsent(CrossScriptAnalyzer.key(surname), k -> new HashSet<>()).add(surname);
            }
        }
        // A surname's key is shared by the family's feminine form (Zelensky, Zelenska: zelensk): a word ending in a
        // names the one ending in a, another word the other; a key one surname alone has names it whatever the ending
        // (Putina, the genitive, is Putin).
        surnamesOfKey.forEach((key, surnames) -> {
            if (surnames.size() == 1) spellingOfKeys.putIfAbsent(key, surnames.iterator().next());
            for (boolean feminine : new boolean[] {true, false}) {
                List<String> ofForm = surnames.stream().filter(s -> endsInA(s) == feminine).toList();
                if (ofForm.size() == 1) spellingOfKeys.putIfAbsent(key + form(feminine), ofForm.getFirst());
            }
        });
        this.longest = most;
    }

    private static boolean endsInA(String word) {
        return !word.isEmpty() && "aáAÁаяАЯ".indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /** What a surname's key is tagged with: whether the surname, or the query's word, ends in a. */
    private static String form(boolean feminine) {
        return feminine ? "|a" : "|-";
    }

    /** A word's keys, each first tagged with the form of its ending, then as they are. */
    private static List<String> keysOf(String word) {
        List<String> keys = CrossScriptAnalyzer.keysOf(word);
        List<String> tagged = new java.util.ArrayList<>();
        for (String k : keys) tagged.add(k + form(endsInA(word)));
        tagged.addAll(keys);
        return tagged;
    }

    public static KnownPersonSpellings standard() {
        return Holder.INSTANCE;
    }

    /** {@code latin} (a query in Latin letters) with the known persons' names it spells otherwise in their spelling. */
    public String spell(String latin) {
        return NameRuns.replace(latin, longest, KnownPersonSpellings::keysOf, spellingOfKeys);
    }
}
