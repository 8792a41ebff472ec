package news.dispatch.feed;

/**
 * What is known of one feed, kept across restarts and shown by {@code /api/stats}.
 *
 * @param lastPoll    when it was last polled (ISO instant), or null
 * @param status      "ok", "items skipped" (read, but some items were not indexed: the message says the first reason),
 *                    "not modified", "failed" (also when the index could not be written; retried at the next poll) or
 *                    "never polled"
 * @param message     the last problem, or null
 * @param items       items in the last full response
 * @param added       articles added from this feed since it was first followed; likewise updated
 * @param itemProblems items skipped or read with a warning in the last full response
 */
public record FeedStatus(String url, String lastPoll, String status, String message, Validators validators,
                         int items, int itemProblems, long added, long updated, long polls, long failures) {
    /** This status as clients may see it: the address and the message without credentials ({@link Credentials}). */
    public FeedStatus shown() {
        return new FeedStatus(Credentials.hidden(url), lastPoll, status, Credentials.hiddenIn(message), validators, items,
                itemProblems, added, updated, polls, failures);
    }

    public static FeedStatus never(String url) {
        return new FeedStatus(url, null, "never polled", null, Validators.NONE, 0, 0, 0, 0, 0, 0);
    }
}
