package news.dispatch.measure.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import news.dispatch.export.ArticleExport;
import news.dispatch.export.ExportField;
import news.dispatch.export.ExportFormat;
import news.dispatch.index.Schema;
import news.dispatch.measure.QueryMix;
import news.dispatch.search.EntityFilter;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.Timeline;

/**
 * The research tools' speed over one index, in-process: exporting every match (rows/s, CSV into a discarding
 * stream, with and without snippets) and comparing over time (ms per timeline of two series, by month and by day).
 * Wall and CPU time are both printed: on a shared machine CPU time is the steadier figure.
 */
final class ResearchBench {
    private ResearchBench() {
    }

    static void run(Path index, QueryMix mix, int rounds, PrintWriter out) throws Exception {
        try (LuceneSearcher searcher = LuceneSearcher.open(index)) {
            List<String> queries = mix.requests().stream().map(SearchRequest::query).distinct().toList();
            Table export = new Table("Export: every match as CSV (in-process, into a discarding stream)",
                    "what", "exports", "rows", "wall s", "CPU s", "rows/s (wall)", "rows/s (CPU)");
            exportRow(export, "every article, default fields", searcher, List.of(""), ExportField.defaults(), rounds);
            exportRow(export, "the query mix, default fields", searcher, queries, ExportField.defaults(), 1);
            exportRow(export, "the query mix, with snippets", searcher, queries, ExportField.all(), 1);
            export.print(out);

            Table timelines = new Table("Compare over time: two series per timeline (query; query and \"all of\" two "
                    + "countries), in-process", "interval", "timelines", "p50 ms", "mean ms", "max ms", "CPU ms/timeline");
            for (Timeline.Interval interval : List.of(Timeline.Interval.MONTH, Timeline.Interval.DAY)) {
                timelineRow(timelines, interval, searcher, queries, rounds);
            }
            timelines.print(out);
        }
    }

    private static void exportRow(Table table, String what, LuceneSearcher searcher, List<String> queries,
                                  List<ExportField> fields, int rounds) throws Exception {
        long rows = 0;
        int exports = 0;
        double cpu = ProcessCpu.seconds();
        long started = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String q : queries) {
                rows += ArticleExport.write(searcher, SearchRequest.of(q), fields, ExportFormat.CSV, false,
                        OutputStream.nullOutputStream(), n -> { }, n -> { });
                exports++;
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        cpu = ProcessCpu.seconds() - cpu;
        table.row(what, exports, rows, String.format("%.2f", wall), String.format("%.2f", cpu),
                String.format("%,.0f", rows / wall), String.format("%,.0f", rows / Math.max(cpu, 1e-9)));
    }

    private static void timelineRow(Table table, Timeline.Interval interval, LuceneSearcher searcher,
                                    List<String> queries, int rounds) throws Exception {
        List<Double> ms = new ArrayList<>();
        double cpu = ProcessCpu.seconds();
        for (int r = 0; r < rounds; r++) {
            for (String q : queries) {
                SearchRequest plain = SearchRequest.of(q);
                SearchRequest both = plain.withFilter(Schema.COUNTRIES_DIM,
                        new EntityFilter(List.of("United States", "Japan"), EntityFilter.Match.ALL, List.of()));
                long started = System.nanoTime();
                // A day interval over a whole collection can pass the period cap; the cap is part of the product.
                try {
                    searcher.timeline(List.of(new Timeline.Wanted(q, q, plain), new Timeline.Wanted(q + " US+JP", q, both)),
                            interval, null, null);
                } catch (news.dispatch.search.BadRequestException tooMany) {
                    continue;
                }
                ms.add((System.nanoTime() - started) / 1e6);
            }
        }
        cpu = ProcessCpu.seconds() - cpu;
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            table.row(interval.param(), 0, "-", "-", "-", "-");
            return;
        }
        table.row(interval.param(), sorted.length, String.format("%.2f", sorted[sorted.length / 2]),
                String.format("%.2f", Arrays.stream(sorted).average().orElse(0)),
                String.format("%.2f", sorted[sorted.length - 1]), String.format("%.2f", cpu * 1000 / sorted.length));
    }
}
