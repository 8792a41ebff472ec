package news.dispatch.measure.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import news.dispatch.search.SearchRequest;
import news.dispatch.measure.QueryMix;

/**
 * Asks a running Dispatch server over HTTP/1.1 with keep-alive, reading the whole answer, on the calling thread.
 *
 * <p>Why not {@code java.net.http}: its answer is read by a selector thread and handed on through a worker thread to
 * the caller, two thread hand-overs a request that the server is charged for. On 2 shared cores each waits for a core,
 * and its CPU shares this JVM with the server's: measured per request against the in-process search of the same
 * request (median of the paired differences, Reuters mix, load ~30), {@code java.net.http} added 0.95–1.8 ms where
 * this client added 0.47–0.54 ms (issue 29). A browser reads the answer in its own process.
 */
final class HttpSearchClient implements Closeable {
    /** Status and body of one answer. */
    record Answer(int statusCode, String body) {
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private final int port;
    /** Open connections not in use: each client thread takes one for a request and puts it back. */
    private final Queue<Connection> idle = new ConcurrentLinkedQueue<>();

    HttpSearchClient(int port) {
        this.port = port;
    }

    /** One search; anything but 200 is an error. */
    void search(SearchRequest request) throws IOException {
        Answer answer = get(QueryMix.httpPath(request), Duration.ofSeconds(30));
        if (answer.statusCode() != 200) {
            throw new IOException("HTTP " + answer.statusCode() + " for " + QueryMix.httpPath(request) + ": "
                    + answer.body());
        }
    }

    /** A GET that must answer 200. */
    void expectOk(String pathAndQuery) throws IOException {
        Answer answer = get(pathAndQuery, Duration.ofSeconds(30));
        if (answer.statusCode() != 200) throw new IOException("HTTP " + answer.statusCode() + " for " + pathAndQuery);
    }

    Answer get(String pathAndQuery, Duration timeout) throws IOException {
        Connection reused = idle.poll();
        if (reused != null) {
            try {
                return answer(reused, pathAndQuery, timeout);
            } catch (java.net.SocketTimeoutException slow) {
                throw slow;
            } catch (IOException closedWhileIdle) {
                // The server may close a kept-alive connection at any time; a GET is safe to ask again on a new one.
            }
        }
        return answer(new Connection(port), pathAndQuery, timeout);
    }

    private Answer answer(Connection connection, String pathAndQuery, Duration timeout) throws IOException {
        try {
            Answer answer = connection.get(pathAndQuery, timeout);
            if (connection.keepAlive) idle.add(connection);
            else connection.close();
            return answer;
        } catch (IOException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() {
        for (Connection c; (c = idle.poll()) != null; ) c.close();
    }

    /** One kept-alive connection: a request written, its answer read whole (Content-Length or chunked). */
    private static final class Connection {
        private final Socket socket = new Socket();
        private final OutputStream out;
        private final InputStream in;
        private boolean keepAlive = true;

        Connection(int port) throws IOException {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) CONNECT_TIMEOUT.toMillis());
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        Answer get(String pathAndQuery, Duration timeout) throws IOException {
            socket.setSoTimeout((int) timeout.toMillis());
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = line();
            String[] status = statusLine.split(" ", 3);
            if (status.length < 2 || !status[0].startsWith("HTTP/1.")) throw new IOException("Not HTTP: " + statusLine);
            int code = Integer.parseInt(status[1]);
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) continue;
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> keepAlive &= !value.contains("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) length : 16 * 1024);
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    copy(size, body);
                    line();
                }
                while (!line().isEmpty()) {
                    // Trailer fields, none expected.
                }
            } else if (length >= 0) {
                copy(length, body);
            } else {
                in.transferTo(body);
                keepAlive = false;
            }
            return new Answer(code, body.toString(StandardCharsets.UTF_8));
        }

        private long chunkSize() throws IOException {
            String line = line();
            int extension = line.indexOf(';');
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        }

        private void copy(long n, OutputStream to) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 16 * 1024)];
            while (n > 0) {
                int read = in.read(buffer, 0, (int) Math.min(n, buffer.length));
                if (read < 0) throw new EOFException("The answer ended early.");
                to.write(buffer, 0, read);
                n -= read;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) throw new EOFException("The connection closed mid-answer.");
                if (c != '\r') line.append((char) c);
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Nothing to do: the connection is gone either way.
            }
        }
    }
}
