package news.dispatch.feed;

/** A feed's cache validators from its last full response, sent back for a conditional GET (either may be null). */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
}
