package news.dispatch.measure.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import news.dispatch.search.SearchRequest;

/**
 * The fixed query mix: every free-text query of a query file (one a line, {@code #} comments) asked in every shape
 * of {@code query-shapes.tsv} (no filter, country, person, date range; by relevance and by date), with the
 * server's default page size and facet count.
 */
record QueryMix(List<SearchRequest> requests, int queries, List<String> shapes) {

    static QueryMix read(Path queryFile) throws IOException {
        List<String> queries = Files.readAllLines(queryFile, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (queries.isEmpty()) throw new IllegalArgumentException(queryFile + " holds no queries");
        List<String[]> shapes = readShapes();
        List<SearchRequest> requests = new ArrayList<>();
        for (String q : queries) {
            for (String[] s : shapes) requests.add(request(q, s));
        }
        return new QueryMix(List.copyOf(requests), queries.size(), shapes.stream().map(s -> s[0]).toList());
    }

    /** The request as the web page sends it: {@code /api/search?q=…&country=…}. */
    static String httpPath(SearchRequest r) {
        StringJoiner query = new StringJoiner("&", "/api/search?", "");
        query.add("q=" + encode(r.query()));
        query.add("sort=" + r.sort().name().toLowerCase(Locale.ROOT));
        r.countries().forEach(c -> query.add("country=" + encode(c)));
        r.persons().forEach(p -> query.add("person=" + encode(p)));
        if (r.from() != null) query.add("from=" + r.from());
        if (r.to() != null) query.add("to=" + r.to());
        return query.toString();
    }

    private static SearchRequest request(String q, String[] shape) {
        SearchRequest.Sort sort = SearchRequest.Sort.valueOf(shape[1].toUpperCase(Locale.ROOT));
        return new SearchRequest(q, values(shape[3]), values(shape[2]), date(shape[4]), date(shape[5]), sort,
                SearchRequest.DEFAULT_SIZE, 1, null, SearchRequest.DEFAULT_FACETS);
    }

    private static List<String[]> readShapes() throws IOException {
        try (InputStream in = QueryMix.class.getResourceAsStream("query-shapes.tsv")) {
            if (in == null) throw new IllegalStateException("query-shapes.tsv is missing from the jar");
            List<String[]> shapes = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = java.util.Arrays.copyOf(line.split("\t", -1), 6);
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i] == null ? "" : cells[i].strip();
                shapes.add(cells);
            }
            return shapes;
        }
    }

    private static List<String> values(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell);
    }

    private static LocalDate date(String cell) {
        return cell.isEmpty() ? null : LocalDate.parse(cell);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
