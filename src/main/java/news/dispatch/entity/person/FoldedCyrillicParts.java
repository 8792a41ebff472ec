package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.text.NameFold;

/**
 * Wikidata's English spelling of a Cyrillic name part, looked up by the part as {@link NameFold} spells it
 * letter by letter (Джон → "dzon" → john, Майкл → "majkl" → michael, Ив → "iv" → yves): what a name written from
 * Cyrillic reads as in English-language news, for the index-wide step, which only sees the folded spelling.
 * From cyrillic-name-parts.tsv (CC0 Wikidata name parts); two Cyrillic spellings folding alike keep the Latin
 * spelling of the more frequent one.
 */
final class FoldedCyrillicParts {
    private static final class Holder {
        static final FoldedCyrillicParts INSTANCE = new FoldedCyrillicParts();
    }

    private final Map<String, String> latinOfFolded = new HashMap<>();

    private FoldedCyrillicParts() {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, String> row : GazetteerFile.tsv("cyrillic-name-parts.tsv")) {
            String folded = NameFold.fold(row.get("cyrillic"));
            int count = Integer.parseInt(row.get("count"));
            if (folded.contains(" ") || count <= counts.getOrDefault(folded, 0)) continue;
            counts.put(folded, count);
            latinOfFolded.put(folded, row.get("latin"));
        }
    }

    static FoldedCyrillicParts standard() {
        return Holder.INSTANCE;
    }

    /** The Latin spelling of a folded Cyrillic name part (lower case), if the table has one. */
    Optional<String> latin(String folded) {
        return Optional.ofNullable(latinOfFolded.get(folded));
    }
}
