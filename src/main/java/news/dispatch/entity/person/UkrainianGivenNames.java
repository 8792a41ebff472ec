package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.dispatch.entity.GazetteerFile;

/**
 * The Cyrillic name-parts table with the common Ukrainian given names it lacks (Володимир → volodymyr, Олександр →
 * oleksandr, Дмитро → dmytro; ukrainian-given-names.tsv, KMU 2010 Latin). The table is Russian Wikidata's: it knows
 * Владимир but not Володимир, so a Ukrainian article's given name was read letter by letter (volodimir, oleksij)
 * and joined no one. With the Latin spelling English-language news gives Ukrainians, the given-name spellings of
 * given-name-variants.tsv (Volodymyr|Vladimir, Oleksandr|Alexander) join them to the Russian forms. A Cyrillic
 * spelling the Russian table already has keeps the table's Latin.
 */
final class UkrainianGivenNames {
    /** What an added row counts for when two spellings fold alike: less than any row of the Russian table. */
    private static final String COUNT = "1";

    private static final class Holder {
        static final List<Map<String, String>> ROWS = load();
    }

    private UkrainianGivenNames() {
    }

    /** The rows of cyrillic-name-parts.tsv (cyrillic, latin, count) and, after them, the Ukrainian given names it lacks. */
    static List<Map<String, String>> withNameParts() {
        return Holder.ROWS;
    }

    private static List<Map<String, String>> load() {
        List<Map<String, String>> rows = new ArrayList<>(GazetteerFile.tsv("cyrillic-name-parts.tsv"));
        Set<String> listed = new HashSet<>();
        for (Map<String, String> row : rows) listed.add(row.get("cyrillic"));
        for (Map<String, String> row : GazetteerFile.tsv("ukrainian-given-names.tsv")) {
            if (listed.add(row.get("ukrainian"))) {
                rows.add(Map.of("cyrillic", row.get("ukrainian"), "latin", row.get("latin"), "count", COUNT));
            }
        }
        return List.copyOf(rows);
    }
}
