package news.dispatch.entity.place;

import java.util.Set;

/**
 * A country (or historical state) of countries.tsv.
 *
 * @param name  canonical English short name ("Russia", "Soviet Union")
 * @param code  ISO 3166-1 alpha-2 code, or the historical code (SU, DD, YU, CS, YD)
 * @param notes ambiguity notes: {@code ambiguous:person}, {@code ambiguous:us-state}, {@code ambiguous:word},
 *              {@code historical}
 */
public record Country(String name, String code, Set<String> notes) {

    boolean isAmbiguous(String kind) {
        return notes.contains("ambiguous:" + kind);
    }
}
