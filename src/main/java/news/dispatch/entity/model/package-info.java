/**
 * The English CRF and what it tags: {@link news.dispatch.entity.model.NerModel} runs one Stanford CoreNLP classifier
 * without a pipeline, {@link news.dispatch.entity.model.SentenceMemo} remembers sentences already tagged, and
 * {@link news.dispatch.entity.model.ModelSpan} is one tagged span, the input of the person, place and organization
 * steps.
 *
 * <p>It imports {@code news.dispatch.entity} and {@code entity.text} only: it knows no person, place or organization
 * rule, and no Lucene.
 */
package news.dispatch.entity.model;
