/**
 * Finding who and what an article names. This package is the public face: the plain data every step passes on
 * ({@link news.dispatch.entity.Entities}, {@link news.dispatch.entity.Entity}, {@link news.dispatch.entity.Mention}),
 * the entry point {@link news.dispatch.entity.EntityExtractor}, the extractors that run the steps, the data tables'
 * reader ({@link news.dispatch.entity.GazetteerFile}: the TSV/TXT resources stay beside it, in
 * {@code src/main/resources/news/dispatch/entity}) and the alias groups the search reads
 * ({@link news.dispatch.entity.QueryAliases}). docs/entities.md explains the steps and their figures.
 *
 * <h2>The pipeline, in order</h2>
 * {@link news.dispatch.entity.NewsEntityExtractor#extract(String, String)} runs, for one article:
 * <ol>
 *   <li><b>text</b> ({@code entity.text}): invisible characters taken out and mapped back at the end
 *       ({@link news.dispatch.entity.text.InvisibleCharacters}), over-long words and hover cards blanked
 *       ({@link news.dispatch.entity.text.HoverCards}); the tokens, datelines and credits the later steps read.</li>
 *   <li><b>model</b> ({@code entity.model}): the English CRF tags candidate spans
 *       ({@link news.dispatch.entity.model.NerModel}), sentence by sentence, from a memo of sentences seen before
 *       ({@link news.dispatch.entity.model.SentenceMemo}).</li>
 *   <li><b>person</b> ({@code entity.person}): spans become one entity per person
 *       ({@link news.dispatch.entity.person.PersonResolver}); in Slavic languages and Arabic by their own finders
 *       ({@link news.dispatch.entity.person.SlavicPersons}, {@link news.dispatch.entity.person.ArabicPersons}).</li>
 *   <li><b>place</b> ({@code entity.place}): countries by gazetteer terms, places and datelines
 *       ({@link news.dispatch.entity.place.CountryResolver}); in another language by its own names
 *       ({@link news.dispatch.entity.place.CountryNames}).</li>
 *   <li><b>organization</b> ({@code entity.organization}): the model's organizations, checked against
 *       organizations.tsv ({@link news.dispatch.entity.organization.OrganizationResolver},
 *       {@link news.dispatch.entity.organization.OrganizationNames}).</li>
 * </ol>
 * Other languages than English go through {@link news.dispatch.entity.MultilingualExtractor} instead of steps 2–5's
 * English readers; {@code entity.language} gives them the word forms of names in running text. After extraction,
 * the index asks <b>about</b> ({@code entity.about}: which entities an article is about rather than merely mentions,
 * {@link news.dispatch.entity.about.About}) and applies the user's <b>correction</b> rules ({@code entity.correction},
 * {@link news.dispatch.entity.correction.EntityRules}).
 *
 * <p>It imports {@code corpus} alone: no Lucene, and never {@code index}, {@code search}, {@code web} or {@code cli}.
 * Storing entities is the index's job. This package may name its step packages (it runs them); the step packages
 * name this one for its data types and {@code GazetteerFile} only, and each other as their package-info says.
 */
package news.dispatch.entity;
