package news.dispatch.measure.load;

/**
 * What one concurrency level measured.
 *
 * @param clients  concurrent clients
 * @param requests requests sent
 * @param errors   requests answered with anything but a 200 JSON search response
 * @param lost     requests sent that never got an answer (connection failure or timeout)
 * @param seconds  wall time of the level
 * @param p50Ms    latency percentiles of answered requests ({@code NaN}, printed "–", when none was answered)
 */
public record LevelResult(int clients, long requests, long errors, long lost, double seconds, double p50Ms,
                          double p95Ms, double p99Ms, double maxMs) {

    public double throughput() {
        return seconds > 0 ? (requests - errors - lost) / seconds : 0;
    }

    static final String HEADER = "clients  requests  errors  lost     req/s   p50 ms   p95 ms   p99 ms   max ms";

    String row() {
        return "%7d  %8d  %6d  %4d  %8.1f  %7s  %7s  %7s  %7s".formatted(clients, requests, errors, lost,
                throughput(), ms(p50Ms), ms(p95Ms), ms(p99Ms), ms(maxMs));
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : "%.1f".formatted(value);
    }
}
