package news.dispatch.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.random.RandomGenerator;

import news.dispatch.search.SearchRequest;

/**
 * The searches a measurement sends, for the benchmark and the load test alike: search requests with how often each
 * occurs. Two sources: a query file asked in every shape of {@code query-shapes.tsv} (the benchmark's fixed mix:
 * no filter, country, person, date range; by relevance and by date), or {@code query-mix.tsv} (the load test's
 * weighted mix of what a reader sends, as {@code /api/search} query strings).
 *
 * @param requests   the distinct requests
 * @param cumulative running sums of their weights, for drawing by weight
 * @param queries    free-text queries the mix was built from
 * @param shapes     names of the shapes each query was asked in (one "as written" for the load mix)
 */
public record QueryMix(List<SearchRequest> requests, int[] cumulative, int queries, List<String> shapes) {

    /** Every query of {@code queryFile} (one a line, {@code #} comments) in every shape, each once. */
    public static QueryMix read(Path queryFile) throws IOException {
        List<String> queries = Files.readAllLines(queryFile, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (queries.isEmpty()) throw new IllegalArgumentException(queryFile + " holds no queries");
        List<String[]> shapes = readShapes();
        List<SearchRequest> requests = new ArrayList<>();
        for (String q : queries) {
            for (String[] s : shapes) requests.add(shaped(q, s));
        }
        int[] cumulative = new int[requests.size()];
        Arrays.setAll(cumulative, i -> i + 1);
        return new QueryMix(List.copyOf(requests), cumulative, queries.size(), shapes.stream().map(s -> s[0]).toList());
    }

    /** The load test's mix shipped with Dispatch. */
    public static QueryMix standard() {
        try (InputStream in = QueryMix.class.getResourceAsStream("query-mix.tsv")) {
            if (in == null) throw new IllegalStateException("query-mix.tsv is missing from the jar");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of weight TAB query string ({@code q=oil+prices&country=Iran}, URL-encoded). */
    static QueryMix parse(List<String> lines) {
        List<SearchRequest> requests = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalArgumentException("query mix line without a weight: " + line);
            weights.add(Integer.parseInt(line.substring(0, tab).strip()));
            requests.add(fromQueryString(line.substring(tab + 1).strip()));
        }
        int[] cumulative = new int[weights.size()];
        int sum = 0;
        for (int i = 0; i < cumulative.length; i++) cumulative[i] = sum += weights.get(i);
        return new QueryMix(List.copyOf(requests), cumulative, requests.size(), List.of("as written"));
    }

    public int size() {
        return requests.size();
    }

    /** The position of a request drawn by weight. */
    public int nextIndex(RandomGenerator random) {
        int pick = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) if (pick < cumulative[i]) return i;
        return cumulative.length - 1;
    }

    /** The request as the web page sends it: {@code /api/search?q=…&country=…}. */
    public static String httpPath(SearchRequest r) {
        StringJoiner query = new StringJoiner("&", "/api/search?", "");
        query.add("q=" + encode(r.query()));
        query.add("sort=" + r.sort().name().toLowerCase(Locale.ROOT));
        r.countries().forEach(c -> query.add("country=" + encode(c)));
        r.persons().forEach(p -> query.add("person=" + encode(p)));
        if (r.from() != null) query.add("from=" + r.from());
        if (r.to() != null) query.add("to=" + r.to());
        if (r.size() != SearchRequest.DEFAULT_SIZE) query.add("size=" + r.size());
        if (r.page() != 1) query.add("page=" + r.page());
        if (r.facets() != SearchRequest.DEFAULT_FACETS) query.add("facets=" + r.facets());
        // The API collapses stories unless told not to; the mix's requests are of articles, as plain Lucene's are.
        if (!r.collapse()) query.add("collapse=false");
        return query.toString();
    }

    private static SearchRequest fromQueryString(String queryString) {
        String q = "";
        List<String> persons = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        SearchRequest.Sort sort = null;
        int size = SearchRequest.DEFAULT_SIZE;
        int page = 1;
        int facets = SearchRequest.DEFAULT_FACETS;
        boolean collapse = false;
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            switch (name) {
                case "q" -> q = value;
                case "person" -> persons.add(value);
                case "country" -> countries.add(value);
                case "from" -> from = LocalDate.parse(value);
                case "to" -> to = LocalDate.parse(value);
                case "sort" -> sort = switch (value) {
                    case "-date", "newest" -> SearchRequest.Sort.NEWEST;
                    case "date", "oldest" -> SearchRequest.Sort.OLDEST;
                    default -> SearchRequest.Sort.RELEVANCE;
                };
                case "size" -> size = Integer.parseInt(value);
                case "page" -> page = Integer.parseInt(value);
                case "facets" -> facets = Integer.parseInt(value);
                case "collapse" -> collapse = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException("query mix parameter '" + name + "' is unknown");
            }
        }
        return new SearchRequest(q, persons, countries, from, to, sort, size, page, null, facets)
                .withCollapse(collapse);
    }

    private static SearchRequest shaped(String q, String[] shape) {
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
                String[] cells = Arrays.copyOf(line.split("\t", -1), 6);
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
