package news.dispatch.export;

/**
 * Makes a text safe to open in a spreadsheet. A cell starting with = + - @ (or a tab or carriage return, which
 * some programs skip before reading a formula) would be run as a formula: "=HYPERLINK(…)" in an article title is an
 * attack on whoever opens the export. Such a cell gets a leading apostrophe, which spreadsheets show as text and
 * OWASP recommends; everything else is left exactly as it is.
 */
public final class SpreadsheetCell {
    private SpreadsheetCell() {
    }

    public static String guard(String text) {
        if (text == null || text.isEmpty()) return text;
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
