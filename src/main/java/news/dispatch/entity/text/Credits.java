package news.dispatch.entity.text;

import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.Mention;

/**
 * Where a page credits who made it rather than says what happened: a wire agency in brackets ("(Reuters) -",
 * "WASHINGTON (AP) —"), a photo credit ("AP Photo/Alex Brandon", "(Aaron P. Bernstein/Reuters)", "Photographer:
 * Joshua Roberts"), the closing "Reporting by …; Editing by …". A name there is who wrote or shot the story, not
 * what it is about; scraped pages put a picture's caption and credit first, in the lead.
 * {@link news.dispatch.entity.about.About} leaves such
 * mentions out; they stay mentions.
 */
public final class Credits {
    private static final Set<String> SOURCE_NAMES = GazetteerFile.words("credit-sources.txt");
    /** The agencies and photo services of {@code credit-sources.txt}, longest first so "AP Photo" wins over "AP". */
    static final String SOURCES = SOURCE_NAMES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));
    private static final Pattern SOURCE_AND_SLASH_BEFORE = Pattern.compile(SOURCES + "[ \\t]*/[ \\t]*\\z");
    private static final Pattern SLASH_AND_SOURCE_AFTER = Pattern.compile("[ \\t]*/[ \\t]*" + SOURCES + "\\b");
    /**
     * What follows an agency in a credit: a slash ("AP Photo/", "REUTERS / "), its closing bracket ("(AP) —"), the
     * end of its line, or the closing "Associated Press writers … contributed to this report".
     */
    private static final Pattern AFTER_A_CREDITED_SOURCE = Pattern.compile(
            "(?:[ \\t]+(?:Photo|Images))?[ \\t]*(?:/|\\)|\\n|\\z)|[ \\t]+writers?\\b");
    /**
     * A credit's lead-in, then only what a list of names holds (capitalized words, initials, "and", "in" a place,
     * commas, semicolons) up to the mention: "Reporting by Humeyra Pamuk in Washington and |David Brunnstrom".
     */
    private static final Pattern LEAD_IN_BEFORE = Pattern.compile(
            "(?i:photo(?:graph)? by|photographer:|photo:|credit:|(?:additional )?reporting by|editing by|writing by"
                    + "|compiled by|contributing:)"
                    + "(?:[ \\t]++|[,;&]|\\p{Lu}[\\p{L}.'’-]*+|and|in)*+\\z");
    /**
     * A photographer before any outlet's slash, not only the agencies of credit-sources.txt: "John Shinkle/POLITICO",
     * "JAY WESTCOTT/POLITICO", "(Chip Somodevilla/Getty Images)", "Kevin Lamarque/The White House)". The outlet is
     * written in capitals, or closes its bracket or line.
     */
    private static final Pattern SLASH_AND_ANY_OUTLET_AFTER = Pattern.compile(
            "[ \\t]*/[ \\t]*(?:\\p{Lu}{3,}[\\p{Lu}&.-]*\\b|\\p{Lu}[\\p{L}&.'-]*(?:[ \\t]+\\p{Lu}[\\p{L}&.'-]*){0,3}[ \\t]*(?:\\)|\\n|\\z))");
    /** An outlet in capitals right after a photographer's slash ("John Shinkle/POLITICO"). */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{3,}[\\p{Lu}&.-]*");
    /** A capitalized word (the photographer's surname) closing the text before a slash. */
    private static final Pattern NAME_AND_SLASH_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.'-]*[ \\t]*/[ \\t]*\\z");
    /** How far before a mention a lead-in is looked for: a credit line lists a few names. */
    private static final int LEAD_IN_REACH = 160;

    private Credits() {
    }

    public static boolean isCredit(String text, Mention m) {
        // The agency itself: "(Reuters)", "Aaron P. Bernstein/Reuters", "AP Photo/…", "… in Los Angeles. Associated
        // Press" closing a caption's line. A sentence that names it ends with a full stop, not with the line.
        boolean slashBefore = endsWithSlash(text, m.start());
        if (SOURCE_NAMES.contains(m.text())
                && (slashBefore || AFTER_A_CREDITED_SOURCE.matcher(text).region(m.end(), text.length()).lookingAt())) return true;
        int from = Math.max(0, m.start() - LEAD_IN_REACH);
        if (slashBefore && CAPITALS.matcher(m.text()).matches()
                && NAME_AND_SLASH_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()) return true;
        if (SLASH_AND_ANY_OUTLET_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) return true;
        // The photographer: "Jonathan Ernst/Reuters", "Patrick Semansky / AP", "AP Photo/Alex Brandon" (the costly
        // backward search only where a slash stands right before the name).
        return SLASH_AND_SOURCE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || (slashBefore && SOURCE_AND_SLASH_BEFORE.matcher(text).region(from, m.start()).find())
                || (mayHoldLeadIn(text, from, m.start()) && LEAD_IN_BEFORE.matcher(text).region(from, m.start()).find());
    }

    /**
     * Whether {@code text} between {@code from} and {@code to} holds a "by" (any case) or a colon, which every lead-in
     * of {@link #LEAD_IN_BEFORE} does: without one it cannot match there, and its search tries each of the up to
     * {@value #LEAD_IN_REACH} positions before every mention (most of the about sets' CPU on Czech and Polish).
     */
    private static boolean mayHoldLeadIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ':') return true;
            if ((c == 'b' || c == 'B') && i + 1 < to && (text.charAt(i + 1) == 'y' || text.charAt(i + 1) == 'Y')) return true;
        }
        return false;
    }

    private static boolean endsWithSlash(String text, int end) {
        int i = end - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
        return i >= 0 && text.charAt(i) == '/';
    }
}
