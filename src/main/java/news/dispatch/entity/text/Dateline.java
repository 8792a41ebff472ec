package news.dispatch.entity.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news dateline at the start of a line: "NEW YORK, Feb 26 -", "ROCHESTER, N.Y., Feb 26 -",
 * "KYIV, Dec 3 (Reuters) -", "MOSCOW (AP) —". Wire copy names its place there and nowhere else (a company story
 * from Houston never says "Texas"), and the model rarely tags capitalized datelines. A line only counts as a
 * dateline with a date or an agency in brackets before the dash, so an ordinary sentence never does.
 *
 * @param start       offset of the place's first character
 * @param end         offset after the region (or the place when there is no region)
 * @param place       the place as written ("NEW YORK")
 * @param region      the state, province or country after it ("N.Y."), or empty
 */
public record Dateline(int start, int end, String place, String region) {
    private static final String WORD = "[A-Z][A-Za-z.'\\-]*";
    private static final Pattern DATELINE = Pattern.compile(
            "^[ \\t]*(?<place>" + WORD + "(?: " + WORD + "){0,3})"
                    + "(?:, ?(?<region>" + WORD + "(?: " + WORD + "){0,2}))?"
                    + "(?<date>,? (?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\\.? \\d{1,2})?"
                    + "(?<agency> ?\\(" + Credits.SOURCES + "\\))?"
                    + "[ \\t]*(?:-|–|—|--)",
            Pattern.MULTILINE);
    /** Datelines open a story: only the first lines are searched, so a body line shaped like one does not count. */
    private static final int SEARCHED_CHARS = 600;

    /** Whether the character at {@code offset} is part of this dateline's place or region. */
    public boolean holds(int offset) {
        return offset >= start && offset < end;
    }

    public static List<Dateline> find(String text) {
        List<Dateline> found = new ArrayList<>();
        Matcher m = DATELINE.matcher(text);
        m.region(0, Math.min(text.length(), SEARCHED_CHARS));
        while (m.find()) {
            if (m.group("date") == null && m.group("agency") == null) continue;
            String region = m.group("region") == null ? "" : m.group("region");
            int end = region.isEmpty() ? m.end("place") : m.end("region");
            found.add(new Dateline(m.start("place"), end, m.group("place"), region));
        }
        return found;
    }
}
