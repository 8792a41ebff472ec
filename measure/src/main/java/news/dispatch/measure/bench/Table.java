package news.dispatch.measure.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A Markdown table, printed with aligned columns so it reads in a terminal and pastes into BENCHMARKS.md. */
public final class Table {
    private final String title;
    private final List<String> headings;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String title, String... headings) {
        this.title = title;
        this.headings = List.of(headings);
    }

    public Table row(Object... cells) {
        rows.add(Arrays.stream(cells).map(Table::cell).toList());
        return this;
    }

    public void print(PrintWriter out) {
        int[] width = new int[headings.size()];
        for (int i = 0; i < width.length; i++) width[i] = headings.get(i).length();
        for (List<String> row : rows) {
            for (int i = 0; i < width.length && i < row.size(); i++) width[i] = Math.max(width[i], row.get(i).length());
        }
        out.println();
        out.println("### " + title);
        out.println();
        out.println(line(headings, width));
        StringBuilder rule = new StringBuilder("|");
        for (int w : width) rule.append(" ").append("-".repeat(w)).append(" |");
        out.println(rule);
        for (List<String> row : rows) out.println(line(row, width));
        out.flush();
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder s = new StringBuilder("|");
        for (int i = 0; i < width.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            s.append(' ').append(c).append(" ".repeat(width[i] - c.length())).append(" |");
        }
        return s.toString();
    }

    /** Numbers with sensible precision: 3 significant figures below 100, whole numbers above. */
    private static String cell(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN()) return "–";
            double a = Math.abs(d);
            if (a >= 100) return String.format(Locale.ROOT, "%,.0f", d);
            if (a >= 10) return String.format(Locale.ROOT, "%.1f", d);
            if (a >= 1) return String.format(Locale.ROOT, "%.2f", d);
            return String.format(Locale.ROOT, "%.3f", d);
        }
        if (value instanceof Long || value instanceof Integer) return String.format(Locale.ROOT, "%,d", value);
        return String.valueOf(value);
    }
}
