/**
 * Finding who and what an article names: persons (the CRF model, name forms, honorifics, credits), countries and
 * places (gazetteers, datelines), organizations, the correction rules a user writes, and which entities an article is
 * <em>about</em> rather than merely mentions ({@link news.dispatch.entity.About},
 * {@link news.dispatch.entity.AboutCountries}). The entry point is {@link news.dispatch.entity.EntityExtractor}; its
 * result, {@link news.dispatch.entity.Entities}, is plain data. docs/entities.md explains the steps and their figures.
 *
 * <p>It imports {@code corpus} alone: no Lucene, and never {@code index}, {@code search}, {@code web} or {@code cli}.
 * Storing entities is the index's job.
 */
package news.dispatch.entity;
