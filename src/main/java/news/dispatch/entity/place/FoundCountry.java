package news.dispatch.entity.place;

import news.dispatch.entity.Mention;

/** A country and one place in a text where it is named: what the English and the multilingual country finders return. */
public record FoundCountry(Country country, Mention mention) {
}
