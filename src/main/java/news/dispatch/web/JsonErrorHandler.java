package news.dispatch.web;

import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Errors Jetty answers before a request reaches Javalin (a request line too long, a path with invalid
 * percent-encoding, raw control characters) in the API's JSON form instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json;charset=utf-8";

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        headers(response.getHeaders());
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        return ByteBuffer.wrap(body(status, reason));
    }

    private static void headers(HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, TYPE);
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Content-Security-Policy", DispatchServer.CONTENT_SECURITY_POLICY);
    }

    private static byte[] body(int status, String reason) {
        String code = switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 414, 431 -> "request_too_long";
            // Answers about the request, not failures of the server: never labelled internal_error.
            case 501 -> "not_implemented";
            case 505 -> "http_version_not_supported";
            default -> status >= 500 ? "internal_error" : "error";
        };
        String message = switch (status) {
            case 408 -> "The request took too long to arrive; send it again.";
            case 414, 431 -> "The request is too long for this server; shorten the query.";
            case 501 -> "The request asks for something this server does not implement"
                    + (reason == null || reason.isBlank() ? "." : " (" + reason + ").");
            case 505 -> "This server speaks HTTP/1.0, HTTP/1.1 and HTTP/2; send the request in one of them.";
            default -> "The request could not be read" + (reason == null || reason.isBlank() ? "." : " (" + reason + ").");
        };
        try {
            return JSON.writeValueAsBytes(new ApiError(code, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
