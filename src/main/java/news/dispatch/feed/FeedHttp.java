package news.dispatch.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches feeds the way a good client does: conditional GET with the last validators (304 → nothing to do), gzip,
 * redirects followed up to a bound (loops detected), a deadline per request that covers the whole body, a size cap,
 * and retries with doubling backoff on 5xx, 429, timeouts and refused connections. Never throws for a bad feed:
 * the {@link Fetch} says what went wrong.
 */
public final class FeedHttp {
    private final HttpClient client;
    private final HttpSettings settings;
    private final String accept;
    private final AddressGuard guard;

    /**
     * A feed client. The user's own feed addresses may be anywhere, an intranet included: the user typed them (and
     * their redirects), unlike the page links a feed hands over ({@link PageFetcher}).
     */
    public FeedHttp(HttpSettings settings) {
        this(settings, "application/rss+xml, application/atom+xml, application/rdf+xml, "
                + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5", AddressGuard.allowingPrivate());
    }

    /** A client asking for {@code accept} (a feed client by default; pages ask for HTML), every hop {@code guard}ed. */
    FeedHttp(HttpSettings settings, String accept, AddressGuard guard) {
        this.settings = settings;
        this.accept = accept;
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, bounded and loop-checked
                .connectTimeout(settings.timeout())
                .build();
    }

    public Fetch fetch(URI uri, Validators validators) throws InterruptedException {
        return fetch(uri, validators, null);
    }

    /**
     * The same, the body's bytes accounted to {@code memory} (null: none); when it has no room, the answer is a
     * failure with status {@link Fetch#OVER_MEMORY_BUDGET}, not retried here.
     */
    Fetch fetch(URI uri, Validators validators, MemoryBudget.Reservation memory) throws InterruptedException {
        Fetch last = null;
        for (int attempt = 1; attempt <= settings.retries() + 1; attempt++) {
            if (attempt > 1) Thread.sleep(settings.backoff().toMillis() << (attempt - 2));
            last = fetchFollowingRedirects(uri, validators, attempt, memory);
            if (!retryable(last)) return last;
        }
        return last;
    }

    private static boolean retryable(Fetch f) {
        return f.outcome() == Fetch.Outcome.FAILED && (f.status() >= 500 || f.status() == 429 || f.status() == -1);
    }

    private Fetch fetchFollowingRedirects(URI start, Validators validators, int attempt,
                                          MemoryBudget.Reservation memory) throws InterruptedException {
        return followRedirects(start, settings.maxRedirects(), attempt, uri -> hop(uri, validators, attempt, memory));
    }

    /** One request of a chain of redirects. */
    interface HopAsker {
        Hop ask(URI uri) throws InterruptedException;
    }

    /**
     * Follows redirects from {@code start}, one {@code ask} per hop, at most {@code maxRedirects} of them and never
     * the same address twice: the one rule for feeds and for the pages their items link to.
     */
    static Fetch followRedirects(URI start, int maxRedirects, int attempt, HopAsker ask) throws InterruptedException {
        URI uri = start;
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            if (!visited.add(uri)) return Fetch.failed(uri, 0, "redirect loop at " + uri, attempt);
            if (hop > maxRedirects) return Fetch.failed(uri, 0, "more than " + maxRedirects + " redirects", attempt);
            Hop answer = ask.ask(uri);
            if (answer.location() == null) return answer.fetch();
            uri = answer.location();
        }
    }

    /**
     * What one request answered: a fetch (done, for better or worse), or where a redirect points (fetch null). A
     * caller following redirects itself (pages: each hop's robots.txt and pause) asks hop by hop.
     */
    record Hop(Fetch fetch, URI location) {
        static Hop failed(URI uri, int status, String problem, int attempt) {
            return new Hop(Fetch.failed(uri, status, problem, attempt), null);
        }
    }

    /** One request to {@code uri}, a redirect not followed; refused without a request when the guard says so. */
    Hop hop(URI uri, Validators validators, int attempt) throws InterruptedException {
        return hop(uri, validators, attempt, null);
    }

    private Hop hop(URI uri, Validators validators, int attempt, MemoryBudget.Reservation memory)
            throws InterruptedException {
        AddressGuard.Refusal refused = guard.refusal(uri);
        if (refused != null) return Hop.failed(uri, refused.mayPassLater() ? -1 : 0, refused.reason(), attempt);
        Response r;
        try {
            r = send(uri, validators, memory);
        } catch (TimeoutException | HttpTimeoutException e) {
            return Hop.failed(uri, -1, "no complete answer within " + settings.timeout().toSeconds() + " s",
                    attempt);
        } catch (ConnectException e) {
            return Hop.failed(uri, -1, "cannot connect: " + e.getMessage(), attempt);
        } catch (IOException e) {
            if (e instanceof LimitedBody.TooLarge) return Hop.failed(uri, 0, e.getMessage(), attempt);
            if (e instanceof LimitedBody.OverBudget) {
                return Hop.failed(uri, Fetch.OVER_MEMORY_BUDGET, e.getMessage(), attempt);
            }
            return Hop.failed(uri, -1, "network error: " + e, attempt);
        } catch (IllegalArgumentException e) {
            return Hop.failed(uri, 0, "not a fetchable address: " + e.getMessage(), attempt);
        }
        int status = r.response.statusCode();
        if (status == 304) {
            return new Hop(new Fetch(Fetch.Outcome.NOT_MODIFIED, 304, null, null, uri, validators, null, attempt), null);
        }
        if (status >= 300 && status < 400) {
            var location = r.response.headers().firstValue("Location");
            if (location.isEmpty()) return Hop.failed(uri, status, "redirect without a Location", attempt);
            try {
                return new Hop(null, uri.resolve(location.get().strip()));
            } catch (IllegalArgumentException e) {
                return Hop.failed(uri, status, "bad redirect Location " + location.get(), attempt);
            }
        }
        if (status != 200) return Hop.failed(uri, status, "HTTP " + status, attempt);
        byte[] body;
        try {
            body = decoded(r, memory);
        } catch (LimitedBody.OverBudget e) {
            return Hop.failed(uri, Fetch.OVER_MEMORY_BUDGET, e.getMessage(), attempt);
        } catch (IOException e) {
            return Hop.failed(uri, 0, e.getMessage(), attempt);
        }
        var headers = r.response.headers();
        return new Hop(new Fetch(Fetch.Outcome.FETCHED, 200, body, headers.firstValue("Content-Type").orElse(null), uri,
                new Validators(headers.firstValue("ETag").orElse(null),
                        headers.firstValue("Last-Modified").orElse(null)), null, attempt), null);
    }

    private record Response(HttpResponse<byte[]> response) {
    }

    private Response send(URI uri, Validators validators, MemoryBudget.Reservation memory)
            throws IOException, TimeoutException, InterruptedException {
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("only http and https feeds are fetched: " + uri);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip");
        if (validators != null && validators.etag() != null) request.header("If-None-Match", validators.etag());
        if (validators != null && validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        LimitedBody[] body = new LimitedBody[1];
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), info -> {
            body[0] = new LimitedBody(settings.maxBytes(), memory);
            return body[0];
        });
        try {
            // The request timeout covers the headers only; this deadline covers a body that stalls or never ends.
            return new Response(future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            if (body[0] != null) body[0].cancel();
            future.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    /** The body, gunzipped when the server said so, still within the size cap (a gzip bomb is cut off too). */
    private byte[] decoded(Response r, MemoryBudget.Reservation memory) throws IOException {
        byte[] raw = r.response.body();
        String encoding = r.response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
        if (!encoding.contains("gzip")) return raw;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (out.size() + (long) n > settings.maxBytes()) throw new LimitedBody.TooLarge(settings.maxBytes());
                if (memory != null && !memory.tryGrow(n)) throw new LimitedBody.OverBudget();
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (java.util.zip.ZipException e) {
            throw new IOException("the gzip body is damaged: " + e.getMessage());
        }
    }
}
