package news.dispatch.entity.person;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import news.dispatch.entity.GazetteerFile;

/**
 * A name that stands right after "имени" / "им." (Ukrainian "імені" / "ім."), initials between allowed, names the
 * body called after the person (slavic-eponym-words.tsv), not the person: "НИЦЭМ им. Н. Ф. Гамалеи", "Институт
 * имени Роберта Коха". Read on the text, as the abbreviation's full stop tells it from the pronoun "им"; "имени"
 * after a preposition or a possessive is the noun "name" ("от имени Байдена") and leaves the person a person.
 */
final class Eponyms {
    private static final Set<String> EPONYMS = kind("eponym");
    private static final Set<String> NAME_SENSE = kind("name");
    private static final Set<String> TITLES = kind("title");
    /** How far back from the mention the eponym word may stand: the word and a few initials. */
    private static final int REACH = 24;

    private Eponyms() {
    }

    private static Set<String> kind(String kind) {
        return GazetteerFile.tsv("slavic-eponym-words.tsv").stream().filter(row -> kind.equals(row.get("kind")))
                .map(row -> row.get("word")).collect(Collectors.toUnmodifiableSet());
    }

    /** True when the text right before {@code start}, past spaces and initials (Н. Ф.), is an eponym word. */
    static boolean after(String text, int start) {
        int end = skipInitials(text, start);
        if (end < 0) return false;
        int from = wordStart(text, end);
        if (from < end && TITLES.contains(text.substring(from, end))) {
            // A title between the eponym word and the name (имени академика Н. Ф. Гамалеи): look one word further.
            end = from;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            from = wordStart(text, end);
        }
        if (from == end || !EPONYMS.contains(text.substring(from, end).toLowerCase(Locale.ROOT))) return false;
        int before = from;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) before--;
        int previous = wordStart(text, before);
        return !NAME_SENSE.contains(text.substring(previous, before).toLowerCase(Locale.ROOT));
    }

    /** The end of the word before {@code start}, past spaces and initials; -1 when the initials reach too far. */
    private static int skipInitials(String text, int start) {
        int i = start;
        while (true) {
            int k = i;
            while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) k--;
            boolean initial = k >= 2 && text.charAt(k - 1) == '.' && Character.isUpperCase(text.charAt(k - 2))
                    && (k == 2 || !Character.isLetter(text.charAt(k - 3)));
            if (!initial) return k;
            i = k - 2;
            if (start - i > REACH) return -1;
        }
    }

    /** The start of the word (an abbreviation's full stop included) that ends at {@code end}. */
    private static int wordStart(String text, int end) {
        int from = end;
        if (from > 0 && text.charAt(from - 1) == '.') from--;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) from--;
        return from;
    }
}
