package news.dispatch.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import news.dispatch.index.Schema;
import news.dispatch.search.SearchResponse;
import news.dispatch.search.Timeline;

/** Facet counts and timelines as CSV tables, for a spreadsheet beside the articles. */
public final class TableExport {
    private TableExport() {
    }

    /**
     * One row per facet value: dimension, value, count (in the search's mentions mode), the articles about it and
     * those mentioning it (empty where the index cannot tell), and whether the search selects or excludes it.
     */
    public static void facets(SearchResponse.Facets facets, boolean bom, OutputStream out) throws IOException {
        RowWriter w = new RowWriter(out, ExportFormat.CSV, List.of("dimension", "value", "count", "about", "mentioned",
                "filter"), bom);
        for (var e : facets.entities().entrySet()) rows(w, e.getKey(), e.getValue());
        // The carried fields' facets, named as their filter parameter is (meta.bias).
        for (var e : facets.fields().entrySet()) rows(w, Schema.carriedField(e.getKey()), e.getValue());
        w.flush();
    }

    private static void rows(RowWriter w, String dimension, List<SearchResponse.FacetValue> values) throws IOException {
        for (SearchResponse.FacetValue v : values) {
            String filter = Boolean.TRUE.equals(v.selected()) ? "selected" : Boolean.TRUE.equals(v.excluded()) ? "excluded" : "";
            w.write(List.of(dimension, v.value(), String.valueOf(v.count()), text(v.aboutCount()),
                    text(v.mentionCount()), filter));
        }
    }

    private static String text(Integer n) {
        return n == null ? "" : String.valueOf(n);
    }

    /**
     * One row per period: every series' count and share (as a fraction), then all articles of the period; a last
     * row "undated" holds the articles without a date, which no period holds.
     */
    public static void timeline(Timeline t, boolean bom, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of("period"));
        for (Timeline.Series s : t.series()) {
            header.add(s.label() + " (articles)");
            header.add(s.label() + " (share)");
        }
        header.add("all articles");
        RowWriter w = new RowWriter(out, ExportFormat.CSV, header, bom);
        for (int p = 0; p < t.periods().size(); p++) {
            List<String> row = new ArrayList<>(List.of(t.periods().get(p)));
            for (Timeline.Series s : t.series()) {
                row.add(String.valueOf(s.counts().get(p)));
                Double share = s.shares().get(p);
                row.add(share == null ? "" : String.valueOf(share));
            }
            row.add(String.valueOf(t.all().counts().get(p)));
            w.write(row);
        }
        List<String> undated = new ArrayList<>(List.of("undated"));
        for (Timeline.Series s : t.series()) {
            undated.add(String.valueOf(s.undated()));
            undated.add("");
        }
        undated.add(String.valueOf(t.all().undated()));
        w.write(undated);
        w.flush();
    }
}
