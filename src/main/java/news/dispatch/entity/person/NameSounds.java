package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import news.dispatch.entity.language.ConsonantSkeleton;

/**
 * One reading of a name, as the joins across scripts compare it: its words folded to plain Latin letters, and each
 * word's key, its first sound and {@link CrossScriptNames} consonant skeleton. Names meet in blocks of keys (all but
 * the surname's sound and the surname's first consonants), so only names that may sound alike are compared.
 *
 * @param name    the name as the index holds it
 * @param words   its words in this reading
 * @param keys    each word's {@link #key}
 * @param reading how the words were read
 */
record NameSounds(String name, List<String> words, List<String> keys, Reading reading) {
    private static final int MIN_CONSONANTS = 2;

    /**
     * How a name's words were read: as written; as a name from Cyrillic reads in English ({@link EnglishReadings}); or
     * a Latin name as Cyrillic hears it ({@link NameReadings#asHeard}), which only meets names from Cyrillic.
     */
    enum Reading { WRITTEN, FROM_CYRILLIC, ENGLISH, HEARD }

    /**
     * The sounds of a name read as {@code words}; null for a name of one word, with an initial or a generational
     * suffix last, or of fewer than two consonants: too little to join by sound.
     */
    static NameSounds of(String name, String[] words, Reading reading) {
        if (words.length < 2 || java.util.Arrays.stream(words).anyMatch(w -> w.length() < 2)
                || PersonName.isSuffix(words[words.length - 1])) return null;
        List<String> keys = new ArrayList<>();
        int consonants = 0;
        for (String w : words) {
            String key = key(w);
            consonants += key.length() - 1;
            keys.add(key);
        }
        if (consonants < MIN_CONSONANTS) return null;
        return new NameSounds(name, List.of(words), keys, reading);
    }

    /** True when the words are those of a name written from Cyrillic read as English spells them. */
    boolean english() {
        return reading == Reading.ENGLISH;
    }

    /**
     * All but the surname's sound, and the surname's first sound and first consonants: names that may join; and
     * the same with the given name's sound without a case ending (Andreja with Andrej).
     */
    Set<String> blocks() {
        Set<String> blocks = soundBlocks();
        // The given name's first sound and the whole surname: a name from Cyrillic meets the Latin spellings
        // whose given name Cyrillic wrote otherwise (Sarl, Charles; In, Iain), judged by alike.
        blocks.add(keys.getFirst().charAt(0) + "|" + keys.size() + "|" + keys.getLast());
        return blocks;
    }

    /** The blocks of names whose given and middle names sound alike: the only ones two Latin names meet in. */
    Set<String> soundBlocks() {
        String surname = "|" + keys.getLast().substring(0, Math.min(3, keys.getLast().length()));
        List<String> before = new ArrayList<>(keys.subList(0, keys.size() - 1));
        Set<String> blocks = new TreeSet<>(List.of(String.join("|", before) + surname));
        before.set(0, key(CaseEndings.withoutCase(words.getFirst())));
        blocks.add(String.join("|", before) + surname);
        return blocks;
    }

    boolean cyrillic() {
        return reading == Reading.FROM_CYRILLIC || reading == Reading.ENGLISH;
    }

    /** A word's first sound and consonant skeleton. */
    static String key(String word) {
        String sound = spoken(word);
        return CrossScriptNames.lead(sound) + ConsonantSkeleton.PERSONS.of(sound);
    }

    /** The sounds of words {@code from} to {@code to} (exclusive), each its {@link #key}. */
    static String soundOf(String[] words, int from, int to) {
        StringBuilder sound = new StringBuilder();
        for (int i = from; i < to; i++) sound.append(key(words[i])).append(' ');
        return sound.toString();
    }

    /**
     * A folded word with the spellings of Cyrillic transliterations English writes otherwise: a j after a vowel
     * before a consonant is part of the vowel (Дейвид dejvid, David; Сайман sajmn, Simon), a first u before a vowel
     * is w (Уилсън uilsn, Wilson; Уотсън uotsn, Watson), an h after a vowel is silent (Sarah, Сара), and c before e,
     * i or y is s (Curtice, Къртис krtis); a w after a vowel before a consonant is part of the vowel and dh, the
     * English spelling of an Indic aspirated d, is d (Chowdhry, Choudary; Доусон dousn, Dawson); an English first wh
     * is the w it sounds (Whitmer, Уитмер uitmer).
     */
    static String spoken(String word) {
        String s = FIRST_WH.matcher(word).replaceFirst("w").replace("gh", "g");
        s = LAST_EW.matcher(s).replaceFirst("u");
        s = VOWEL_J.matcher(s).replaceAll("$1");
        s = FIRST_U_BEFORE_VOWEL.matcher(s).replaceFirst("w");
        s = VOWEL_H.matcher(s).replaceAll("$1");
        s = SOFT_C.matcher(s).replaceAll("s");
        return VOWEL_W.matcher(s).replaceAll("$1u").replace("dh", "d");
    }

    // The patterns of spoken(), compiled once: String.replaceAll compiled each anew per word (the index-wide person
    // step reads every name of the index this way).
    private static final Pattern FIRST_WH = Pattern.compile("^wh");
    private static final Pattern LAST_EW = Pattern.compile("ew$");
    private static final Pattern VOWEL_J = Pattern.compile("([aeiou])j(?![aeiou])");
    private static final Pattern FIRST_U_BEFORE_VOWEL = Pattern.compile("^u(?=[aeio])");
    private static final Pattern VOWEL_H = Pattern.compile("([aeiou])h(?![aeiou])");
    private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
    private static final Pattern VOWEL_W = Pattern.compile("([aeiou])w(?![aeiou])");
}
