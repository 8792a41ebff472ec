/**
 * How a language writes the words of a name in running text: {@link news.dispatch.entity.language.WordForms} and its
 * Slavic and Arabic forms (case endings, particles), {@link news.dispatch.entity.language.SlavicInflections}, and
 * {@link news.dispatch.entity.language.InflectedNames}, which finds known names however they are inflected, and the
 * {@link news.dispatch.entity.language.ConsonantSkeleton} that is left of a name however it is transliterated.
 *
 * <p>It imports nothing of Dispatch: it knows words, not persons, places or the CRF.
 */
package news.dispatch.entity.language;
