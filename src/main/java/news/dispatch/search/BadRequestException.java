package news.dispatch.search;

/** A request the engine cannot answer as asked; the message is for the user. */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
