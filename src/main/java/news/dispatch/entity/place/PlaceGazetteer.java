package news.dispatch.entity.place;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import news.dispatch.entity.GazetteerFile;

/**
 * Places of places.tsv (curated, matched in the text) and, optionally, of a GeoNames dump (only used to look up
 * spans the model already tagged as locations; too big and too noisy to scan text with).
 */
public final class PlaceGazetteer {
    private final Map<String, Place> curated = new LinkedHashMap<>();
    private final Map<String, List<String>> variants = new LinkedHashMap<>();
    private final Map<String, Place> geoNames;

    private PlaceGazetteer(Map<String, Place> geoNames) {
        for (Map<String, String> row : GazetteerFile.tsv("places.tsv")) {
            String name = row.get("name");
            if (name == null || name.isEmpty()) continue;
            Place place = new Place(name, row.getOrDefault("code", ""), row.getOrDefault("kind", ""));
            List<String> v = GazetteerFile.list(row.get("variants"));
            curated.putIfAbsent(name, place);
            v.forEach(s -> curated.putIfAbsent(s, place));
            variants.merge(name, v, (a, b) -> a);
        }
        this.geoNames = geoNames;
    }

    public static PlaceGazetteer standard() {
        return new PlaceGazetteer(Map.of());
    }

    public static PlaceGazetteer withGeoNames(Map<String, Place> geoNames) {
        return new PlaceGazetteer(new HashMap<>(geoNames));
    }

    /** Every curated spelling, for matching in text. */
    public Map<String, Place> curated() {
        return curated;
    }

    /** Spelling variants of each curated place, by canonical name. */
    public Map<String, List<String>> variants() {
        return variants;
    }

    /** A place named exactly {@code name}: curated first, then GeoNames. */
    public Optional<Place> lookup(String name) {
        Place p = curated.get(name);
        return Optional.ofNullable(p != null ? p : geoNames.get(name));
    }

    /** The US states (regions of the United States), for "Moscow, Idaho". */
    boolean isUsState(String name) {
        Place p = curated.get(name);
        return p != null && p.code().equals("US") && p.kind().equals("region");
    }
}
