package news.dispatch.entity.person;

/** Small facts about a person's name as written: its words and surname. */
public final class PersonName {
    private PersonName() {
    }

    public static String[] words(String name) {
        return SPACES.split(name.strip());
    }

    /** Compiled once: String.split compiled it anew for each name (the person rules split names everywhere). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The family name: the last word, or the first of a Korean name ("Moon Jae-in", "Yoon Suk-yeol"). */
    public static String surname(String name) {
        String[] w = words(name);
        return isSurnameFirst(w) ? w[0] : w[w.length - 1];
    }

    /** A Korean name is written surname first, its given name hyphened: "Moon Jae-in", "Eom Gyeong-yeong". */
    private static boolean isSurnameFirst(String[] words) {
        return words.length == 2 && KOREAN_GIVEN_NAME.matcher(words[1]).matches();
    }

    private static final java.util.regex.Pattern KOREAN_GIVEN_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    /** A name with a given name: two words or more, and not a surname written with its particle or suffix alone. */
    public static boolean isFull(String name) {
        return words(name).length >= 2 && !isSurnameOnly(name);
    }

    /**
     * A surname with its lower-case particle or its generational suffix and nothing else ("de Blasio", "bin Salman",
     * "Trump Jr"): two words, but no given name, so the person is whoever the article names in full with it.
     */
    static boolean isSurnameOnly(String name) {
        String[] w = words(name);
        return w.length == 2 && (Character.isLowerCase(w[0].charAt(0)) || isSuffix(w[1]));
    }

    /** A generational suffix ("Jr.", "III"): part of a name, but no given name and no surname. */
    static boolean isSuffix(String word) {
        return SUFFIXES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    /** Levenshtein distance, for misspellings such as "Schultz" for "Scholz". */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
