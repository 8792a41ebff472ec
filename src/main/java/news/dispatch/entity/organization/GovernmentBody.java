package news.dispatch.entity.organization;

import java.util.List;
import java.util.Map;

import news.dispatch.entity.GazetteerFile;

/**
 * A row of government-bodies.tsv: a national legislature, court, party, armed force or agency with its country.
 * {@code aliases} name it anywhere; {@code contextAliases} only in an article that also names its country.
 *
 * @param name           canonical name ("United States Congress", "State Duma", "Supreme Court of India")
 * @param kind           legislature, court, party, armed forces, ministry, intelligence, government or agency
 * @param country        ISO 3166-1 alpha-2 code
 * @param aliases        names that identify the body in any article
 * @param contextAliases generic names ("Congress", "Supreme Court", two-letter acronyms) that need the country
 * @param leadAliases    generic names of a force or ministry ("Navy", "Interior Ministry") that need the country to
 *                       be the article's most named one
 */
record GovernmentBody(String name, String kind, String country, List<String> aliases, List<String> contextAliases,
                      List<String> leadAliases) {
    GovernmentBody {
        aliases = List.copyOf(aliases);
        contextAliases = List.copyOf(contextAliases);
        leadAliases = List.copyOf(leadAliases);
    }

    /** The context and lead aliases: the names that need the article's countries. */
    List<String> genericAliases() {
        return java.util.stream.Stream.concat(contextAliases.stream(), leadAliases.stream()).toList();
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
                GazetteerFile.list(row.get("aliases")), GazetteerFile.list(row.get("context_aliases")),
                GazetteerFile.list(row.get("lead_aliases")));
    }
}
