package news.dispatch.measure.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.dispatch.measure.Latencies;
import news.dispatch.measure.QueryMix;

/**
 * Drives {@code /api/search} of a Dispatch server on this machine with a mix of searches at one concurrency level
 * after another, each bounded in time and in requests, and reports throughput, latency percentiles, errors and lost
 * requests, with the server's heap before and after.
 */
public final class LoadDriver {
    /** A request that takes longer than this is counted as lost. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final QueryMix mix;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Refuses any server that is not on this machine: a load test must never be pointed at someone else. */
    public LoadDriver(URI base, QueryMix mix) throws UnknownHostException {
        String host = base.getHost();
        if (host == null || !"http".equals(base.getScheme())) {
            throw new IllegalArgumentException("the URL must look like http://127.0.0.1:PORT, not '" + base + "'");
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("refusing to load " + host + " (" + address.getHostAddress()
                        + "): the load test only runs against this machine (127.0.0.1, ::1 or localhost)");
            }
        }
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.mix = mix;
    }

    /** Runs each level in turn, printing a row per level to {@code out}. */
    public List<LevelResult> run(List<Integer> levels, Duration each, long maxRequests, PrintStream out)
            throws InterruptedException {
        out.println(LevelResult.HEADER);
        List<LevelResult> results = new ArrayList<>();
        for (int clients : levels) {
            LevelResult r = level(clients, each, maxRequests);
            out.println(r.row());
            results.add(r);
        }
        return results;
    }

    /** One level: {@code clients} threads send searches back to back until the time or the request budget runs out. */
    public LevelResult level(int clients, Duration duration, long maxRequests) throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong lost = new AtomicLong();
        List<Latencies.Recorder> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            Latencies.Recorder mine = new Latencies.Recorder();
            latencies.add(mine);
            SplittableRandom random = new SplittableRandom(1000L * clients + c);
            threads.add(Thread.ofPlatform().name("load-client-" + c).start(() -> {
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                    int pick = mix.nextIndex(random);
                    send(pick, QueryMix.httpPath(mix.requests().get(pick)), mine, errors, lost);
                }
            }));
        }
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - started) / 1e9;
        Latencies answered = Latencies.Recorder.merge(latencies, (int) errors.get(), seconds, Double.NaN);
        long requests = Math.min(issued.get(), maxRequests);
        return new LevelResult(clients, requests, errors.get(), lost.get(), seconds, answered.p50(), answered.p95(),
                answered.p99(), answered.max());
    }

    private void send(int pick, String path, Latencies.Recorder latencies, AtomicLong errors, AtomicLong lost) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT).build();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.add(pick, System.nanoTime() - sent);
            if (response.statusCode() != 200 || !JSON.readTree(response.body()).has("hits")) errors.incrementAndGet();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            errors.incrementAndGet();
        } catch (IOException e) {
            lost.incrementAndGet();
        } catch (InterruptedException e) {
            lost.incrementAndGet();
            Thread.currentThread().interrupt();
        }
    }

    /** The server's {@code /api/stats}: article count and heap ({@link ServerHeap#from}). */
    public JsonNode stats() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stats"))
                .timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(base + "/api/stats answered " + response.statusCode() + "; is it a Dispatch server?");
        }
        return JSON.readTree(response.body());
    }
}
