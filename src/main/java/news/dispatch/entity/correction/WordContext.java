package news.dispatch.entity.correction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import news.dispatch.entity.GazetteerFile;

/**
 * A rule's context handle: phrases, any of which must stand as whole words within {@link #WINDOW} characters of a
 * mention (the mention included) for the rule to apply to that mention ("New Jersey|Jersey City": the mention
 * "Jersey" of "New Jersey" matches, the Jersey of the Channel Islands does not). Case is ignored.
 */
public final class WordContext {
    /** Characters read on each side of a mention: about ten words, the mention's clause. */
    public static final int WINDOW = 60;

    private final List<String> phrases;
    private final Pattern pattern;

    private WordContext(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        this.pattern = Pattern.compile(phrases.stream().map(p -> Pattern.quote(p.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")));
    }

    /** The handle a {@code |}-separated cell or option spells; null for none (empty or absent). */
    public static WordContext of(String spelled) {
        if (spelled == null || spelled.isBlank()) return null;
        List<String> phrases = GazetteerFile.list(spelled);
        if (phrases.isEmpty()) return null;
        for (String p : phrases) {
            if (p.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
                throw new IllegalArgumentException("the context holds a tab or a line break");
            }
        }
        return new WordContext(phrases);
    }

    /** True when a phrase stands within {@link #WINDOW} characters of {@code text[start, end)}. */
    public boolean matches(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) return false;
        int from = Math.max(0, start - WINDOW);
        int to = Math.min(text.length(), end + WINDOW);
        return pattern.matcher(text.substring(from, to).toLowerCase(Locale.ROOT)).find();
    }

    public List<String> phrases() {
        return phrases;
    }

    /** As the file and the command line spell it: "New Jersey|Jersey City". */
    @Override
    public String toString() {
        return String.join("|", phrases);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordContext w && w.phrases.equals(phrases);
    }

    @Override
    public int hashCode() {
        return phrases.hashCode();
    }
}
