package news.dispatch.entity;

import java.util.Optional;

/** ISO 3166-1 alpha-2 code (or historical code: SU, DD, YU, CS, YD) of a canonical country name, from countries.tsv. */
public final class CountryCodes {
    private CountryCodes() {
    }

    public static Optional<String> codeOf(String canonicalName) {
        return CountryGazetteer.standard().byName(canonicalName).map(Country::code);
    }
}
