package news.dispatch.entity.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic words carry their particles: the conjunctions و and ف, the prepositions ب ل ك and the article ال are
 * written onto the name (والعراق, بروسيا, لسوريا, للعراق: ل before ال drops the alif). A name word is keyed
 * normalized and without its article (العراق → عراق); a written word matches when one of its readings with the
 * particles taken off is that key. Spelling is normalized first: hamza forms of alif (أ إ آ) as ا, alif maqsura
 * as ي, taa marbuta as ه, without short-vowel marks or tatweel.
 */
public final class ArabicWordForms implements WordForms {
    public static final ArabicWordForms INSTANCE = new ArabicWordForms();
    private static final List<String> PARTICLES = List.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك");
    private static final int SHORTEST_KEY = 3;

    private static final java.util.regex.Pattern DIACRITICS = java.util.regex.Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    private static final java.util.regex.Pattern ALEFS = java.util.regex.Pattern.compile("[أإآٱ]");

    private ArabicWordForms() {
    }

    static String normalize(String word) {
        return ALEFS.matcher(DIACRITICS.matcher(word).replaceAll("")).replaceAll("ا")
                .replace('ى', 'ي').replace('ة', 'ه');
    }

    @Override
    public String key(String nameWord) {
        String w = normalize(nameWord);
        return w.startsWith("ال") && w.length() - 2 >= SHORTEST_KEY ? w.substring(2) : w;
    }

    /**
     * A name is written with the article in the text exactly when the table writes it so (العراق, بالعراق, للعراق;
     * كاميرون, لكاميرون): الكاميرون is Cameroon, كاميرون Cameron.
     */
    @Override
    public boolean accepts(String nameWord, String key, String written) {
        String w = normalize(written);
        if (!w.endsWith(key)) return false;
        if (key.startsWith("ال")) return true; // a short name keeps its article in its key
        String before = w.substring(0, w.length() - key.length());
        boolean article = before.endsWith("ال") || before.endsWith("لل");
        return article == normalize(nameWord).startsWith("ال");
    }

    @Override
    public List<String> keysOf(String written) {
        String w = normalize(written);
        List<String> keys = new ArrayList<>();
        for (String particles : PARTICLES) {
            if (!w.startsWith(particles)) continue;
            String rest = w.substring(particles.length());
            if (rest.length() < SHORTEST_KEY - 1) continue;
            if (!particles.isEmpty()) keys.add(rest);
            if (rest.startsWith("ال")) keys.add(rest.substring(2));
            if (particles.endsWith("ل") && rest.startsWith("ل")) keys.add(rest.substring(1));
        }
        keys.add(0, w);
        return keys;
    }
}
