package news.dispatch.entity.text;

import java.util.Locale;

/** Headlines and datelines in capitals, read as names are written: "HOWARD BAKER" → Howard Baker. */
public final class TitleCase {
    private TitleCase() {
    }

    /** "NEW YORK" → "New York", "ST. LOUIS" → "St. Louis", "WINSTON-SALEM" → "Winston-Salem"; mixed case is kept. */
    public static String of(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) return name;
        StringBuilder out = new StringBuilder(name.length());
        boolean startOfWord = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = c == ' ' || c == '-' || c == '.' || c == '\'';
        }
        return out.toString();
    }
}
