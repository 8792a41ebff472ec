/**
 * Organizations: organizations.tsv ({@link news.dispatch.entity.organization.OrganizationGazetteer}), the model's
 * organizations checked against it ({@link news.dispatch.entity.organization.OrganizationResolver}), names in every
 * language ({@link news.dispatch.entity.organization.OrganizationNames}), and the outlet that publishes an article
 * ({@link news.dispatch.entity.organization.PublishingOutlet}).
 *
 * <p>It imports {@code news.dispatch.entity}, {@code entity.model} and {@code entity.language}; never
 * {@code entity.person} or {@code entity.place}, no Lucene.
 */
package news.dispatch.entity.organization;
