package news.dispatch.entity.person;

/**
 * Words typed with letters of two scripts that look alike: some Cyrillic articles are keyed on a Latin keyboard in
 * part, so "Ceвeрнa Кaрoлинa" carries a Latin C, e, a and o in Cyrillic words, and a Latin name quoted in them may
 * carry a Cyrillic е ("Тhе Vеrgе"). Read as written, such a word is a name in no script: it is never found in the
 * tables, and it spells a person's name unlike the rest of the article (Джoн Ocoф beside Джон Ософ). A word with letters
 * of both scripts is read in the script of its letters that have no look-alike (в, н, л; h, g, r), its look-alike
 * letters swapped one for one, so offsets into the text stay right.
 */
final class LookalikeLetters {
    private static final String LATIN = "aceopxyACEHKMOPTXBisjSJ";
    private static final String CYRILLIC = "асеорхуАСЕНКМОРТХВіѕјЅЈ";

    private LookalikeLetters() {
    }

    /**
     * The word in the one script its letters without a look-alike are in (в, р, н: Cyrillic; h, g, r: Latin), or, when
     * all its letters have one, the script most of them are in; the word as it is when it is in one script already or
     * has letters without a look-alike in both.
     */
    static String unmixed(String word) {
        int cyrillic = 0;
        int latin = 0;
        boolean ownCyrillic = false;
        boolean ownLatin = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                ownCyrillic |= CYRILLIC.indexOf(c) < 0;
            }
            else if (script == Character.UnicodeScript.LATIN) {
                latin++;
                ownLatin |= LATIN.indexOf(c) < 0;
            }
        }
        if (cyrillic == 0 || latin == 0 || ownCyrillic && ownLatin) return word;
        boolean toCyrillic = ownCyrillic || !ownLatin && cyrillic > latin;
        if (!ownCyrillic && !ownLatin && cyrillic == latin) return word;
        String from = toCyrillic ? LATIN : CYRILLIC;
        String to = toCyrillic ? CYRILLIC : LATIN;
        StringBuilder swapped = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int at = from.indexOf(c);
            swapped.append(at < 0 ? c : to.charAt(at));
        }
        return swapped.toString();
    }
}
