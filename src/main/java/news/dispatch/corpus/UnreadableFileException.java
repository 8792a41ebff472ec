package news.dispatch.corpus;

/** A whole file cannot be read as articles; its message is the reason shown to the user. */
final class UnreadableFileException extends Exception {
    private final int line;

    UnreadableFileException(String reason) {
        this(0, reason);
    }

    UnreadableFileException(int line, String reason) {
        super(reason, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
