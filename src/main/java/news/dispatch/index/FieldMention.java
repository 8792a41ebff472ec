package news.dispatch.index;

/**
 * Where an entity is named in a stored article.
 *
 * @param field  {@link Schema#TITLE} or {@link Schema#BODY}
 * @param start  UTF-16 index into that field's text
 * @param end    exclusive end
 * @param text   the surface text
 * @param reason why it was assigned (model label, gazetteer entry, metonym, place roll-up)
 */
public record FieldMention(String field, int start, int end, String text, String reason) {
}
