package news.dispatch.entity.place;

/** One way a text names a country: its name, an alias ("U.S."), a demonym ("Ukrainian") or a metonym ("Kremlin"). */
public record CountryTerm(Country country, Kind kind, String surface) {

    enum Kind { NAME, ALIAS, DEMONYM, METONYM }

    /** Why a mention was assigned to the country, as shown to users. */
    String reason() {
        return switch (kind) {
            case NAME -> "gazetteer name";
            case ALIAS -> "alias " + surface;
            case DEMONYM -> "demonym " + surface;
            case METONYM -> "metonym " + surface;
        };
    }
}
