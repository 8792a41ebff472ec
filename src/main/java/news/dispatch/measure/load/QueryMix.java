package news.dispatch.measure.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The searches a load run sends: query strings for {@code /api/search} with how often each occurs, read from the
 * resource {@code query-mix.tsv} (weight TAB query string, already URL-encoded).
 */
public final class QueryMix {
    private final List<String> queries;
    private final int[] cumulative;

    QueryMix(List<String> queries, int[] cumulative) {
        this.queries = List.copyOf(queries);
        this.cumulative = cumulative;
    }

    /** The mix shipped with Dispatch. */
    public static QueryMix standard() {
        try (InputStream in = QueryMix.class.getResourceAsStream("query-mix.tsv")) {
            if (in == null) throw new IllegalStateException("query-mix.tsv is missing from the jar");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QueryMix parse(List<String> lines) {
        List<String> queries = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalArgumentException("query mix line without a weight: " + line);
            weights.add(Integer.parseInt(line.substring(0, tab).strip()));
            queries.add(line.substring(tab + 1).strip());
        }
        int[] cumulative = new int[weights.size()];
        int sum = 0;
        for (int i = 0; i < cumulative.length; i++) cumulative[i] = sum += weights.get(i);
        return new QueryMix(queries, cumulative);
    }

    public int size() {
        return queries.size();
    }

    List<String> queries() {
        return queries;
    }

    /** A query string drawn by weight, e.g. {@code q=oil+prices&country=Iran}. */
    public String next(RandomGenerator random) {
        int pick = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) if (pick < cumulative[i]) return queries.get(i);
        return queries.getLast();
    }
}
