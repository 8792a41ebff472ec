package news.dispatch.measure.load;

/**
 * What one concurrency level measured.
 *
 * @param clients  concurrent clients
 * @param requests requests sent
 * @param errors   requests answered with anything but a 200 JSON search response
 * @param lost     requests sent that never got an answer (connection failure or timeout)
 * @param seconds  wall time of the level
 */
public record LevelResult(int clients, long requests, long errors, long lost, double seconds, double p50Ms,
                          double p95Ms, double p99Ms, double maxMs) {

    public double throughput() {
        return seconds > 0 ? (requests - errors - lost) / seconds : 0;
    }

    static final String HEADER = "clients  requests  errors  lost     req/s   p50 ms   p95 ms   p99 ms   max ms";

    String row() {
        return "%7d  %8d  %6d  %4d  %8.1f  %7.1f  %7.1f  %7.1f  %7.1f".formatted(clients, requests, errors, lost,
                throughput(), p50Ms, p95Ms, p99Ms, maxMs);
    }
}
