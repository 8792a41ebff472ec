package news.dispatch.entity.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.dispatch.entity.GazetteerFile;

/**
 * body-words.tsv: each language's common nouns for a generic body name of government-bodies.tsv ("Supreme Court" is
 * верховный суд, Sąd Najwyższy, Nejvyšší soud). Such a word names a body as its English generic name does: only in an
 * article that names the body's country. Read-only after loading.
 */
final class BodyWords {
    private final Map<String, Map<String, List<String>>> byLanguage = new HashMap<>();

    private static final class Holder {
        static final BodyWords INSTANCE = new BodyWords();
    }

    static BodyWords standard() {
        return Holder.INSTANCE;
    }

    private BodyWords() {
        for (Map<String, String> row : GazetteerFile.tsv("body-words.tsv")) {
            byLanguage.computeIfAbsent(row.get("language"), k -> new HashMap<>())
                    .computeIfAbsent(row.get("generic"), k -> new ArrayList<>()).addAll(GazetteerFile.list(row.get("words")));
        }
    }

    /** The generic English names a language has words for, each with those words (none for a language not listed). */
    Map<String, List<String>> of(String language) {
        return byLanguage.getOrDefault(language, Map.of());
    }
}
