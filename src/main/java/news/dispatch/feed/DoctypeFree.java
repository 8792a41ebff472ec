package news.dispatch.feed;

import java.util.Set;

import org.jsoup.nodes.Entities;

/**
 * A feed's XML as Dispatch parses it: without its document type declaration, so a feed that carries one (RSS 0.91's
 * Netscape declaration, which older outlets still send) is read instead of refused, and still nothing a DTD could do
 * happens: no DTD is loaded, no external entity read or requested, no entity expanded (a billion laughs has nothing
 * left to expand). References to entities that only a DTD declares become text: an HTML entity name (the RSS 0.91 DTD
 * declares the Latin-1 ones, such as {@code &eacute;}) its character, any other name the reference as written
 * ({@code &secret;} reads "&secret;"). The parser itself still refuses any DOCTYPE left (one out of place).
 */
final class DoctypeFree {
    private static final Set<String> PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");

    private DoctypeFree() {
    }

    static String of(String xml) {
        StringBuilder out = new StringBuilder(xml.length());
        int i = prolog(xml, out);
        while (i < xml.length()) {
            char c = xml.charAt(i);
            if (c == '<' && xml.startsWith("<![CDATA[", i)) {
                i = copyThrough(xml, i, "]]>", out);
            } else if (c == '<' && xml.startsWith("<!--", i)) {
                i = copyThrough(xml, i, "-->", out);
            } else if (c == '&') {
                i = reference(xml, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Copies what precedes the root element, leaving out the document type declaration; returns where it stopped. */
    private static int prolog(String xml, StringBuilder out) {
        int i = 0;
        while (i < xml.length()) {
            char c = xml.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                out.append(c);
                i++;
            } else if (xml.startsWith("<?", i)) {
                i = copyThrough(xml, i, "?>", out);
            } else if (xml.startsWith("<!--", i)) {
                i = copyThrough(xml, i, "-->", out);
            } else if (xml.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                int end = doctypeEnd(xml, i + 9);
                if (end < 0) return i; // unterminated: left for the parser to refuse as the broken XML it is
                i = end;
            } else {
                return i;
            }
        }
        return i;
    }

    /** Where the declaration starting before {@code i} ends (after its '>'), its quoted ids and internal subset skipped. */
    private static int doctypeEnd(String xml, int i) {
        boolean subset = false;
        while (i < xml.length()) {
            char c = xml.charAt(i);
            if (c == '"' || c == '\'') {
                int close = xml.indexOf(c, i + 1);
                if (close < 0) return -1;
                i = close + 1;
            } else if (subset && xml.startsWith("<!--", i)) {
                int close = xml.indexOf("-->", i + 4);
                if (close < 0) return -1;
                i = close + 3;
            } else if (subset && xml.startsWith("<?", i)) {
                int close = xml.indexOf("?>", i + 2);
                if (close < 0) return -1;
                i = close + 2;
            } else if (c == '[' && !subset) {
                subset = true;
                i++;
            } else if (c == ']' && subset) {
                subset = false;
                i++;
            } else if (c == '>' && !subset) {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int copyThrough(String xml, int i, String end, StringBuilder out) {
        int close = xml.indexOf(end, i);
        int stop = close < 0 ? xml.length() : close + end.length();
        out.append(xml, i, stop);
        return stop;
    }

    /** An entity reference at {@code i}: kept when XML knows it, else made text as the class says. */
    private static int reference(String xml, int i, StringBuilder out) {
        int j = i + 1;
        while (j < xml.length() && j - i <= 64 && isNameChar(xml.charAt(j), j == i + 1)) j++;
        if (j == i + 1 || j >= xml.length() || xml.charAt(j) != ';') {
            out.append('&'); // a character reference (&#…;) or a bare ampersand: the parser's and healer's to judge
            return i + 1;
        }
        String name = xml.substring(i + 1, j);
        if (PREDEFINED.contains(name)) {
            out.append(xml, i, j + 1);
        } else if (Entities.isNamedEntity(name)) {
            Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
        } else {
            out.append("&amp;").append(name).append(';');
        }
        return j + 1;
    }

    private static boolean isNameChar(char c, boolean first) {
        return Character.isLetter(c) || c == '_' || c == ':' || (!first && (Character.isDigit(c) || c == '.' || c == '-'));
    }
}
