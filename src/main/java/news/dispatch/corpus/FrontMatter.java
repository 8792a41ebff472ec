package news.dispatch.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional {@code key: value} block between {@code ---} lines at the top of a text or Markdown file
 * (a small subset of YAML: one value per line, optionally quoted). Blank lines before the opening
 * {@code ---} are allowed, since files saved from editors or mail often start with one.
 *
 * @param fields   keys lower-cased, values unquoted and trimmed; empty when the file has no front matter
 * @param body     the text after the block (the whole text when there is none)
 * @param warnings problems found in the block, each with its 1-based line in the file
 */
record FrontMatter(Map<String, String> fields, String body, List<Warning> warnings) {
    static final String FENCE = "---";

    record Warning(int line, String reason) {
    }

    String get(String key) {
        return fields.get(key);
    }

    /**
     * Splits {@code text} (line endings already {@code \n}) into front matter and body.
     *
     * <p>A block that is opened but never closed is reported and the WHOLE file is read as body: guessing
     * where the fields end would risk losing text, while a title taken from the first lines is at worst ugly.
     */
    static FrontMatter parse(String text) {
        String[] lines = text.split("\n", -1);
        int open = 0;
        while (open < lines.length && lines[open].isBlank()) open++;
        if (open == lines.length || !lines[open].strip().equals(FENCE)) return new FrontMatter(Map.of(), text, List.of());
        int close = open + 1;
        while (close < lines.length && !lines[close].strip().equals(FENCE)) close++;
        if (close == lines.length) {
            return new FrontMatter(Map.of(), text, List.of(new Warning(open + 1,
                    "front matter opened with '---' is never closed; the whole file is read as body")));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();
        for (int i = open + 1; i < close; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) {
                warnings.add(new Warning(i + 1, "front matter line is not 'key: value'; ignored"));
                continue;
            }
            fields.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), unquote(line.substring(colon + 1).strip()));
        }
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(close + 1, lines.length));
        return new FrontMatter(fields, body, warnings);
    }

    private static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if ((first == '"' || first == '\'') && last == first) {
                String inner = value.substring(1, value.length() - 1);
                return first == '"' ? inner.replace("\\\"", "\"").replace("\\\\", "\\") : inner.replace("''", "'");
            }
        }
        return value;
    }
}
