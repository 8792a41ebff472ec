package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import news.dispatch.entity.Mention;
import news.dispatch.entity.person.SlavicWords.Word;

/**
 * A British peer a Slavic article names by title and surname alone ("лорд Кър", "lorda Kerra"): English coverage
 * names such a peer "Lord Kerr", the title with the surname being the name, so the person is named so, and shares
 * that value with the other languages' articles instead of staying a lone surname no facet shows. The index-wide
 * step still joins "Lord Kerr" to a person of the index of that surname named in full ({@link LoneSurnames}).
 */
final class PeerNames {
    /** A singular form of a peerage title (peerage-titles.tsv) → the title as English writes it. */
    private final Map<String, String> titles = PeerageTitles.standard().titleByForm();

    private static final class Holder {
        static final PeerNames INSTANCE = new PeerNames();
    }

    private PeerNames() {
    }

    static PeerNames standard() {
        return Holder.INSTANCE;
    }

    /**
     * The name of a person found under {@code name}: "Lord " and that name when it is one word (a lone surname) and
     * a peerage title stands right before one of its mentions; else the name as it is.
     *
     * @param wordBefore the word right before each word of the article, by the word's start
     */
    String name(String name, List<List<Word>> mentions, Map<Integer, Word> wordBefore) {
        if (name.isEmpty() || name.contains(" ")) return name;
        for (List<Word> m : mentions) {
            Word before = m.size() == 1 ? wordBefore.get(m.getFirst().start()) : null;
            String title = before == null ? null : titles.get(before.text().toLowerCase(Locale.ROOT));
            if (title != null) return title + " " + name;
        }
        return name;
    }

    /** English titles written before a peer's surname, capitalised as a title is before a name (Lord, Lady). */
    private static final List<String> ENGLISH_TITLES = PeerageTitles.standard().englishTitles();

    /**
     * English persons by name, a surname alone right after "Lord" or "Lady" (which the model leaves out of the
     * name: "Lord Kerr" is found as Kerr) named with its title, as the Slavic articles name it; a person a full
     * name completed keeps it. A new name already taken gathers both persons' mentions.
     */
    Map<String, List<Mention>> named(String text, Map<String, List<Mention>> byName) {
        if (byName.keySet().stream().allMatch(n -> n.contains(" "))) return byName;
        Map<String, List<Mention>> named = new LinkedHashMap<>();
        byName.forEach((name, mentions) -> {
            String title = name.isEmpty() || name.contains(" ") ? null : mentions.stream()
                    .map(m -> titleBefore(text, m.start())).filter(Objects::nonNull).findFirst().orElse(null);
            named.computeIfAbsent(title == null ? name : title + " " + name, k -> new ArrayList<>()).addAll(mentions);
        });
        named.values().forEach(mentions -> mentions.sort(Comparator.comparingInt(Mention::start)));
        return named;
    }

    /** "First Lady Kenyatta" is a president's wife, no peeress. */
    private static final String FIRST = "first ";

    private static String titleBefore(String text, int start) {
        for (String title : ENGLISH_TITLES) {
            int at = start - title.length() - 1;
            if (at >= 0 && text.charAt(start - 1) == ' ' && text.startsWith(title, at)
                    && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && !text.regionMatches(true, Math.max(0, at - FIRST.length()), FIRST, 0, FIRST.length())) return title;
        }
        return null;
    }
}
