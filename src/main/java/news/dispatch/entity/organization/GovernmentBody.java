package news.dispatch.entity.organization;

import java.util.List;
import java.util.Map;

import news.dispatch.entity.GazetteerFile;

/**
 * A row of government-bodies.tsv: a national legislature, court, party, armed force or agency with its country.
 * {@code aliases} name it anywhere; {@code contextAliases} only in an article that also names its country.
 *
 * @param name           canonical name ("United States Congress", "State Duma", "Supreme Court of India")
 * @param kind           legislature, court, party, armed forces, ministry, government or agency
 * @param country        ISO 3166-1 alpha-2 code
 * @param aliases        names that identify the body in any article
 * @param contextAliases generic names ("Congress", "Supreme Court", two-letter acronyms) that need the country
 */
record GovernmentBody(String name, String kind, String country, List<String> aliases, List<String> contextAliases) {
    GovernmentBody {
        aliases = List.copyOf(aliases);
        contextAliases = List.copyOf(contextAliases);
    }

    private static final class Holder {
        static final List<GovernmentBody> ALL = GazetteerFile.tsv("government-bodies.tsv").stream()
                .filter(row -> !row.get("name").isEmpty())
                .map(GovernmentBody::of).toList();
    }

    /** Every row of the table, in file order. */
    static List<GovernmentBody> all() {
        return Holder.ALL;
    }

    private static GovernmentBody of(Map<String, String> row) {
        return new GovernmentBody(row.get("name"), row.get("kind"), row.get("country"),
                GazetteerFile.list(row.get("aliases")), GazetteerFile.list(row.get("context_aliases")));
    }
}
