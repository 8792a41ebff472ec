package news.dispatch.entity.place;

/**
 * A city, region, landmark or sea, and the country it rolls up to.
 *
 * @param name canonical name ("Zaporizhzhia")
 * @param code alpha-2 code of its country; empty for seas and landmarks shared by several countries
 * @param kind city, region, landmark or sea
 */
public record Place(String name, String code, String kind) {
}
