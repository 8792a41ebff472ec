package news.dispatch.entity;

/**
 * One place in a text where an entity is named.
 *
 * @param start  UTF-16 index of the first character
 * @param end    UTF-16 index after the last character (exclusive)
 * @param text   the surface text, {@code text.substring(start, end)}
 * @param reason why it was assigned, e.g. "model PER", "gazetteer demonym: Ukrainian", "place roll-up: Kherson"
 */
public record Mention(int start, int end, String text, String reason) {
}
