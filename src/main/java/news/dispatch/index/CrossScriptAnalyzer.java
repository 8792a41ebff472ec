package news.dispatch.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import com.ibm.icu.text.Transliterator;
import news.dispatch.entity.person.CyrillicNameParts;

/**
 * The cross-script key of every word, so that "Putin", "Путин", "Путін" and the inflected "Putina", "Путину",
 * "Putinem" meet: words of alphabets with written vowels (Latin, Cyrillic, Greek, Armenian, Georgian) transliterated
 * and folded to ASCII by ICU ({@code Any-Latin; Latin-ASCII}, as sanctions-screening tools and Elasticsearch's
 * {@code icu_transform} users do), lower-cased, then stripped of the commonest Slavic case endings ({@link #ENDINGS}).
 * The same on both sides: the query's words are read the same way, so the stripping never needs to be a real stem.
 * Words of other scripts (Arabic, Hebrew, Chinese, …) are left out: guessing their vowels would match the wrong
 * names.
 */
public final class CrossScriptAnalyzer extends VisibleTextAnalyzer {
    /** Shared by every stream: ICU transliterators keep no state between calls. */
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    /**
     * What {@link #TO_LATIN} does to a word of Latin letters (and ASCII), without Any-Latin's search for script runs,
     * which cost more than the folding itself (the words of Czech, Polish, Slovene …): the same output on every such
     * word of BSNLP and on each Latin letter of Unicode (not on some signs of other blocks, hence Latin letters only).
     */
    private static final Transliterator LATIN_TO_ASCII = Transliterator.getInstance("Latin-ASCII");
    /**
     * Case endings of Slavic nouns and names, transliterated, longest first: genitive, dative, instrumental and locative
     * of Putin, Trump, Obama, Merkel in bg, cs, hr, pl, ru, sk, sl and uk ("putinowi", "putinem", "putina", "putinu");
     * and of the adjectival surnames in -ski, -sky, -skij, -skyy, -skaya (Зеленский, Зеленський, Zełenski, Zelenskyy,
     * Zełenskiego, Zelenského all "zelensk"; Зеленская, Zelenskaya, Zelenska too).
     */
    public static final List<String> ENDINGS = List.of("owie", "iego", "ovi", "owi", "ego", "ogo", "emu", "omu", "iem", "ami",
            "ach", "eho", "aya", "aja", "om", "em", "ym", "im", "ou", "ie", "ej", "oj", "ij", "yj", "iy", "yy", "ii", "aa", "a", "u", "e", "y",
            "i", "o");
    /** A z between two vowels (y counted as one: Zelenskyy's neighbours). */
    private static final java.util.regex.Pattern BETWEEN_VOWELS_Z = java.util.regex.Pattern.compile("(?<=[aeiouy])z(?=[aeiouy])");
    /** A c sounded k: before a, o, u, l, r, t or at the end of the word. */
    private static final java.util.regex.Pattern HARD_C = java.util.regex.Pattern.compile("c(?=[aoulrt]|$)");
    /** A word keeps at least this many letters: "rosja" and "rosji" meet at "rosj", "iran" stays "iran". */
    private static final int MIN_STEM = 4;

    /** Cyrillic, Greek, Armenian and Georgian in Latin letters, everything else (Latin, Arabic, …) as it is. */
    private static final Transliterator ALPHABETS_TO_LATIN = Transliterator.getInstance(
            "[[:Cyrillic:][:Greek:][:Armenian:][:Georgian:]]; Any-Latin; Latin-ASCII");

    /** A Cyrillic word of a query (letters, hyphens and apostrophes inside). */
    private static final java.util.regex.Pattern CYRILLIC_WORD = java.util.regex.Pattern.compile("\\p{IsCyrillic}[\\p{IsCyrillic}'’-]*");

    /**
     * A query's text with its words of other alphabets spelled in Latin letters ("Путин" → "Putin"): what the
     * English reading of a query searches besides the query as written. A capitalised Cyrillic name part that
     * Wikidata spells in English ({@link CyrillicNameParts}) takes that spelling ("Трамп" → "Trump", not the letter
     * by letter "Tramp"; "Джонсона" → "Johnson"); an Arabic name the entity table knows takes English coverage's
     * spelling ({@link ArabicSpellings}: "بوتين" → "Putin"); then a run of words whose keys are a known person's takes
     * that person's spelling ({@link KnownPersonSpellings}: "Тереза Мэй" → "Theresa May", "Макрон" → "Macron"). Operators
     * and quotes are kept.
     */
    public static String latinSpelling(String text) {
        // The transliterator touches other alphabets only: a query in ASCII comes back as it is.
        if (text.chars().allMatch(c -> c < 0x80)) return text;
        text = ArabicSpellings.latin(text);
        String named = CYRILLIC_WORD.matcher(text).replaceAll(m -> {
            String latin = englishSpelling(m.group());
            if (latin == null) return java.util.regex.Matcher.quoteReplacement(m.group());
            return java.util.regex.Matcher.quoteReplacement(Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
        });
        return KnownPersonSpellings.standard().spell(ALPHABETS_TO_LATIN.transliterate(named));
    }

    /**
     * Wikidata's English spelling of a capitalised Cyrillic word (a name part, lower case), or null: a lower-case word
     * is no name ("мая", of May the month, is no Maya).
     */
    static String englishSpelling(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))
                || Character.UnicodeScript.of(word.codePointAt(0)) != Character.UnicodeScript.CYRILLIC) return null;
        return CyrillicNameParts.standard().latinOfWord(word);
    }

    /**
     * A capitalised Latin word without a Czech or Slovak feminine surname ending (Merkelová, Mayové, Merkelovou →
     * Merkel, May), which Russian surnames in -ova do not carry (the accent); others as they are.
     */
    static String withoutFeminineEnding(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return word;
        for (String ending : List.of("ová", "ové", "ovou")) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) return word.substring(0, word.length() - ending.length());
        }
        return word;
    }

    /**
     * The keys one word gets in the field (its own, then its English spelling's when that differs), or none for a
     * word of a script without written vowels.
     */
    static List<String> keysOf(String word) {
        if (word.isEmpty() || !AlphabeticWords.alphabetic(word)) return List.of();
        String base = withoutFeminineEnding(word);
        String key = LatinKeys.isAscii(base) ? key(base)
                : key((latinLetters(base) ? LATIN_TO_ASCII : TO_LATIN).transliterate(base));
        String spelling = LatinKeys.isAscii(word) ? null : englishSpelling(word);
        String english = spelling == null ? key : key(spelling);
        return english.equals(key) ? List.of(key) : List.of(key, english);
    }

    /** Whether every character of {@code word} is ASCII or of the Latin script. */
    static boolean latinLetters(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (c >= 0x80 && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LatinKeys(new AlphabeticWords(source)));
    }

    /** Only words whose first letter is of a script with written vowels. */
    private static final class AlphabeticWords extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        AlphabeticWords(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            return alphabetic(term);
        }

        static boolean alphabetic(CharSequence term) {
            for (int i = 0; i < term.length(); ) {
                int c = Character.codePointAt(term, i);
                if (Character.isLetter(c)) {
                    return switch (Character.UnicodeScript.of(c)) {
                        case LATIN, CYRILLIC, GREEK, ARMENIAN, GEORGIAN -> true;
                        default -> false;
                    };
                }
                i += Character.charCount(c);
            }
            return false;
        }
    }

    /**
     * Each word transliterated ({@link #TO_LATIN}, as ICU's transform filter would; offsets stay the word's), then
     * lower case, letters and digits only (a transliterated soft sign is an apostrophe), a Slavic ending stripped.
     * ASCII words skip the transliterator, and the others' transliterations are remembered: it costs more than the
     * rest of the chain, and news repeats its words.
     */
    private static final class LatinKeys extends TokenFilter {
        /**
         * Words remembered per stream (one per thread), about 10 MB at most: the vocabulary of BSNLP's Brexit story in
         * six languages passes 32,768, and with 65,536 the keys cost about what the English chain does (measured over
         * its 1,639 articles: 0.25 s against 1.3 s transliterating every word).
         */
        private static final int REMEMBERED = 65_536;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        /** Each remembered word's keys ({@link #keysOf}): its own, then its English spelling's. */
        private final Map<String, List<String>> keys = new HashMap<>();
        private String pending;
        private State pendingState;

        LatinKeys(TokenStream in) {
            super(in);
        }

        /**
         * The word's key, then, at the same position, the key of the English spelling of a Cyrillic name part when it
         * differs (Трамп: "tramp", then "trump"), so that Trump and Трамп meet whichever is the query.
         */
        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                restoreState(pendingState);
                term.setEmpty().append(pending);
                position.setPositionIncrement(0);
                pending = null;
                return true;
            }
            if (!input.incrementToken()) return false;
            String word = term.toString();
            List<String> wordKeys = keys.get(word);
            if (wordKeys == null) {
                wordKeys = keysOf(word);
                if (keys.size() >= REMEMBERED) keys.clear();
                keys.put(word, wordKeys);
            }
            term.setEmpty().append(wordKeys.getFirst());
            if (wordKeys.size() > 1) {
                pending = wordKeys.get(1);
                pendingState = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
            pendingState = null;
        }

        private static boolean isAscii(String word) {
            for (int i = 0; i < word.length(); i++) if (word.charAt(i) > 127) return false;
            return true;
        }
    }

    /** The key of one transliterated word. */
    static String key(String latin) {
        StringBuilder kept = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) kept.append(c);
        }
        // Cyrillic has no th: Theresa and Тереза, Thatcher and Тэтчер meet as t. An s between vowels is often
        // written z (Тереза, Czech Tereza, Polish Teresa; Brasil, Бразилия): both are s.
        String word = kept.toString().replace("th", "t");
        if (word.indexOf('z') >= 0) word = BETWEEN_VOWELS_Z.matcher(word).replaceAll("s");
        // Cyrillic writes a hard c as к: Macron is Макрон, Clinton Клинтон.
        if (word.indexOf('c') >= 0) word = HARD_C.matcher(word.replace("ck", "k")).replaceAll("k");
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
