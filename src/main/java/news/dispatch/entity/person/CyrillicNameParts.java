package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.dispatch.entity.text.NameFold;

/**
 * Wikidata's English spelling of a Cyrillic name part (Трамп → trump, Джонсон → johnson), looked up as written or
 * as {@link NameFold} spells it letter by letter (Джон → "dzon" → john, Майкл → "majkl" → michael, Ив → "iv" →
 * yves): what a name written from Cyrillic reads as in English-language news. The index-wide step only sees the
 * folded spelling; the cross-script search keys and a Cyrillic query's Latin reading see the word.
 * From cyrillic-name-parts.tsv (CC0 Wikidata name parts) and the Ukrainian given names it lacks
 * ({@link UkrainianGivenNames}); two Cyrillic spellings folding alike keep the Latin
 * spelling of the more frequent one. Thread-safe (read-only after loading).
 */
public final class CyrillicNameParts {
    private static final class Holder {
        static final CyrillicNameParts INSTANCE = new CyrillicNameParts();
    }

    /** Case endings of Russian, Ukrainian and Bulgarian nouns and names after a consonant (Трамп-а, Джонсон-ом). */
    private static final Set<String> CASE_ENDINGS = Set.of("а", "я", "у", "ю", "е", "і", "и", "ы",
            "ом", "ем", "ым", "им", "ой", "ою", "ій");
    private final Map<String, String> latinOfCyrillic = new HashMap<>();
    private final List<Map<String, String>> rows;

    private CyrillicNameParts() {
        rows = UkrainianGivenNames.withNameParts();
        for (Map<String, String> row : rows) latinOfCyrillic.put(row.get("cyrillic"), row.get("latin"));
    }

    /**
     * Folded on first use: transliterating 6,000 parts takes a while, and a search (which only looks words up as
     * written) must not pay for it within its time budget.
     */
    private final class Folded {
        final Map<String, String> latinOfFolded = new HashMap<>();
        final Map<String, Set<String>> foldedOfLatin = new HashMap<>();

        Folded() {
            Map<String, Integer> counts = new HashMap<>();
            for (Map<String, String> row : rows) {
                String folded = NameFold.fold(row.get("cyrillic"));
                if (!folded.contains(" ")) foldedOfLatin.computeIfAbsent(row.get("latin"), k -> new HashSet<>()).add(folded);
                int count = Integer.parseInt(row.get("count"));
                if (folded.contains(" ") || count <= counts.getOrDefault(folded, 0)) continue;
                counts.put(folded, count);
                latinOfFolded.put(folded, row.get("latin"));
            }
        }
    }

    private volatile Folded folded;

    private Folded folded() {
        Folded f = folded;
        if (f == null) {
            synchronized (this) {
                if (folded == null) folded = new Folded();
                f = folded;
            }
        }
        return f;
    }

    public static CyrillicNameParts standard() {
        return Holder.INSTANCE;
    }

    /** The Latin spelling of a folded Cyrillic name part (lower case), if the table has one. */
    Optional<String> latin(String folded) {
        return Optional.ofNullable(folded().latinOfFolded.get(folded));
    }

    /**
     * The Cyrillic spellings the table gives a Latin name part (lower case), folded letter by letter (gregor →
     * gregor, from Грегор): how an article in Cyrillic writes that name. Empty when the table has none.
     */
    Set<String> foldedCyrillic(String latin) {
        return folded().foldedOfLatin.getOrDefault(latin, Set.of());
    }

    /**
     * The Latin spelling (lower case) of a Cyrillic word (any case), written as the table has it or with a case
     * ending of one or two letters after a stem of three or more (Трампа, Джонсону, Джонсоном), or in Bulgarian
     * letters (Тръмп, Джонсън, Байдън, Мей); null when the table has none.
     */
    public String latinOfWord(String cyrillic) {
        String lower = cyrillic.toLowerCase(java.util.Locale.ROOT);
        String latin = listed(lower);
        // The table is Russian Wikidata's: Bulgarian writes an English u or schwa as ъ (Тръмп, Джонсън: Трамп,
        // Джонсон) and an English e as е where Russian has э (Мей, Мэй).
        if (latin == null && lower.contains("ъ")) latin = listed(lower.replace('ъ', 'а'));
        if (latin == null && lower.contains("ъ")) latin = listed(lower.replace('ъ', 'о'));
        // ...and an English unstressed e as ъ too (Байдън: Байден).
        if (latin == null && lower.contains("ъ")) latin = listed(lower.replace('ъ', 'е'));
        if (latin == null && lower.contains("е")) latin = listed(lower.replace('е', 'э'));
        return latin;
    }

    /** As written, or with a case ending after a stem of three letters or more. */
    private String listed(String lower) {
        String latin = latinOfCyrillic.get(lower);
        for (int cut = 1; latin == null && cut <= 2 && lower.length() - cut >= 3; cut++) {
            if (CASE_ENDINGS.contains(lower.substring(lower.length() - cut))) latin = latinOfCyrillic.get(lower.substring(0, lower.length() - cut));
        }
        return latin;
    }
}
