package news.dispatch.export;

/**
 * Makes a text safe to open in a spreadsheet. A cell starting with = + - @ (or a tab or carriage return, which
 * some programs skip before reading a formula, as they skip leading spaces and line feeds; or the full-width forms
 * of those signs, which some spreadsheets read as the signs) would be run as a formula: "=HYPERLINK(…)" in an
 * article title, or in a query a timeline's header repeats, is an attack on whoever opens the export. Such a cell
 * gets a leading apostrophe, which spreadsheets show as text and OWASP recommends; everything else is left exactly
 * as it is.
 */
public final class SpreadsheetCell {
    private SpreadsheetCell() {
    }

    public static String guard(String text) {
        if (text == null || text.isEmpty()) return text;
        // Leading spaces and line breaks are skipped by some programs before they look for a formula.
        int i = 0;
        while (i < text.length() - 1 && (text.charAt(i) == ' ' || text.charAt(i) == '\n')) i++;
        return switch (text.charAt(i)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + text;
            default -> text;
        };
    }
}
