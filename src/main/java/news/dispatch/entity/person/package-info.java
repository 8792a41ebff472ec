/**
 * One entity per person per article, and one name per person across an index: the model's person spans resolved
 * ({@link news.dispatch.entity.person.PersonResolver}: titles, boundaries, forms, variants, what is not a person),
 * Slavic and Arabic persons by their own finders, names across scripts
 * ({@link news.dispatch.entity.person.CrossScriptNames}), and the index-wide grouping of name forms
 * ({@link news.dispatch.entity.person.PersonNameGroups}).
 *
 * <p>It imports {@code news.dispatch.entity}, {@code entity.text}, {@code entity.model}, {@code entity.language},
 * {@code entity.place} and {@code entity.organization} (a place or a body is no person); never {@code entity.about}
 * or {@code entity.correction}, no Lucene.
 */
package news.dispatch.entity.person;
