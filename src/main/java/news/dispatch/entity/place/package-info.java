/**
 * Countries and places: the gazetteers ({@link news.dispatch.entity.place.CountryGazetteer},
 * {@link news.dispatch.entity.place.PlaceGazetteer}, GeoNames), the English resolution of gazetteer terms, places and
 * datelines to countries ({@link news.dispatch.entity.place.CountryResolver}), country names in every language
 * ({@link news.dispatch.entity.place.CountryNames}) and ISO codes.
 *
 * <p>It imports {@code news.dispatch.entity}, {@code entity.text}, {@code entity.model} and {@code entity.language};
 * never {@code entity.person} (persons read places, not the reverse), no Lucene.
 */
package news.dispatch.entity.place;
