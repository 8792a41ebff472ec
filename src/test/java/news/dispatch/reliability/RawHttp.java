package news.dispatch.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 GET over a plain socket, the request target sent byte for byte: java.net.URI (and so HttpClient) refuses
 * invalid percent-encoding, raw control characters and {@code ..} segments, which is exactly what a hostile client
 * sends.
 */
record RawHttp(int status, Map<String, String> headers, String body) {

    /** Sends {@code GET target} to the server at {@code baseUrl} ({@code http://127.0.0.1:PORT}). */
    static RawHttp get(String baseUrl, String target) throws IOException {
        return get(baseUrl, target.getBytes(StandardCharsets.ISO_8859_1));
    }

    static RawHttp get(String baseUrl, byte[] target) throws IOException {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET ".getBytes(StandardCharsets.US_ASCII));
            out.write(target);
            out.write((" HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    /** Sends {@code request} (the whole request, as bytes) and returns the raw answer, whatever it is. */
    static byte[] exchange(String baseUrl, byte[] request) throws IOException {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return socket.getInputStream().readAllBytes();
        }
    }

    /** Sends {@code request} and parses the answer. */
    static RawHttp send(String baseUrl, String request) throws IOException {
        return parse(exchange(baseUrl, request.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Header value by name, case-insensitively; null when absent. */
    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    private static RawHttp parse(byte[] response) throws IOException {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) throw new IOException("no complete HTTP head in: " + text);
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
        }
        byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = dechunk(body);
        return new RawHttp(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        try {
            while (true) {
                StringBuilder size = new StringBuilder();
                for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) if (c != '\r') size.append((char) c);
                int semicolon = size.indexOf(";");
                int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).toString().strip(), 16);
                if (n == 0) return out.toByteArray();
                out.write(in.readNBytes(n));
                in.skipNBytes(2);
            }
        } catch (IOException | NumberFormatException e) {
            return out.toByteArray();
        }
    }
}
