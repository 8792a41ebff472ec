/**
 * The shape of a news text, before any name is judged: tokens ({@link news.dispatch.entity.text.Tokenizer}), gazetteer
 * phrases matched as whole tokens ({@link news.dispatch.entity.text.TermIndex}), invisible characters
 * ({@link news.dispatch.entity.text.InvisibleCharacters}), paragraphs, title case, names folded across scripts
 * ({@link news.dispatch.entity.text.NameFold}), and the parts of a page that are no story: datelines
 * ({@link news.dispatch.entity.text.Dateline}), credits ({@link news.dispatch.entity.text.Credits}) and hover cards.
 *
 * <p>It imports {@code news.dispatch.entity} (its data types and {@code GazetteerFile}) alone: no other step package,
 * no Lucene.
 */
package news.dispatch.entity.text;
