package news.dispatch.web;

/** The body of every error answer: a stable code for programs and a sentence for people. */
public record ApiError(String error, String message) {
}
