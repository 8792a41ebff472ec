package news.dispatch.entity.place;

import java.util.Optional;

/** ISO 3166-1 alpha-2 code (or historical code: SU, DD, YU, CS, YD) of a canonical country name, from countries.tsv. */
public final class CountryCodes {
    private CountryCodes() {
    }

    public static Optional<String> codeOf(String canonicalName) {
        return CountryGazetteer.standard().byName(canonicalName).map(Country::code);
    }

    /**
     * The canonical name of the current country that countries.tsv names or aliases exactly so ("Great Britain" →
     * United Kingdom, "USA" → United States); none for a city, a region or a historical state.
     */
    public static Optional<String> countryNamed(String nameOrAlias) {
        CountryGazetteer gazetteer = CountryGazetteer.standard();
        return gazetteer.terms().stream()
                .filter(t -> t.kind() == CountryTerm.Kind.NAME || t.kind() == CountryTerm.Kind.ALIAS)
                .filter(t -> t.surface().equals(nameOrAlias) && !t.country().notes().contains("historical"))
                .map(t -> t.country().name()).findFirst();
    }
}
