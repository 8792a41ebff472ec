/**
 * What an article is <em>about</em> rather than merely mentions: {@link news.dispatch.entity.about.About} for every
 * kind, {@link news.dispatch.entity.about.AboutCountries} for countries (the lead, repetition, the only one of its
 * kind; credits, currencies and the publishing outlet left out). The search's {@code mentions=about|all} reads the
 * sets the index keeps from these rules.
 *
 * <p>It imports {@code news.dispatch.entity}, {@code entity.text} and {@code entity.organization}; it judges entities
 * already found and never runs a finder, no Lucene.
 */
package news.dispatch.entity.about;
