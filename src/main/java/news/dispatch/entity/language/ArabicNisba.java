package news.dispatch.entity.language;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The Arabic relative adjective (nisba) of a one-word place name, by the regular derivation: drop the article and a
 * final ا or ة (with the ي before it: روسيا, السعودية), add ي (masculine), ية (feminine), يون / يين (plural), each
 * with and without the article — روسيا → روسي, الروسية, الروسيين; مصر → مصري; العراق → عراقي. Stems ending in a
 * vowel letter (مالي, بيرو, كونغو) take irregular forms and get none, as do names of more than one word.
 */
public final class ArabicNisba {
    private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    private static final List<String> ENDINGS = List.of("ي", "ية", "يون", "يين");
    /** The stem keeps at least two letters: a nisba of three letters or more. */
    private static final int SHORTEST_STEM = 2;

    private ArabicNisba() {
    }

    /** The nisba forms of {@code name}, masculine first; none when it has no regular one. */
    public static List<String> of(String name) {
        String w = DIACRITICS.matcher(name.strip()).replaceAll("");
        if (w.isEmpty() || !w.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A)) return List.of();
        if (w.startsWith("ال")) w = w.substring(2);
        String stem;
        if (w.endsWith("يا") || w.endsWith("ية")) stem = w.substring(0, w.length() - 2);
        else if (w.endsWith("ا") || w.endsWith("ة") || w.endsWith("ى")) stem = w.substring(0, w.length() - 1);
        else stem = w;
        if (stem.length() < SHORTEST_STEM || "يوىاةء".indexOf(stem.charAt(stem.length() - 1)) >= 0) return List.of();
        return ENDINGS.stream().flatMap(e -> java.util.stream.Stream.of(stem + e, "ال" + stem + e)).toList();
    }

    /** The spelling a nisba is compared under: hamza forms of alif as ا, ى as ي, ة as ه. */
    public static String normalized(String form) {
        return ArabicWordForms.normalize(form);
    }
}
