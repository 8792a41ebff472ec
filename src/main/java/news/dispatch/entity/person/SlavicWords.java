package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dispatch.entity.GazetteerFile;

/**
 * The words of a Slavic article as {@link SlavicPersons} reads them: each with its place in the text, whether it is
 * an initial or capitalised, whether it opens a sentence or follows a colon, and whether a space stands before it.
 * Kept apart because every later step (candidate runs, the filter, the names' base forms) reads these flags and
 * nothing else of the text.
 */
final class SlavicWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’\\-]\\p{L}[\\p{L}\\p{M}]*)*\\.?");
    /** A regnal number after a name (Benedykt XVI, Елизавета II): part of it. */
    static final Pattern ROMAN = Pattern.compile("(?:X{0,3})(?:IX|IV|V?I{0,3})");
    private static final String SENTENCE_END = ".!?…:;\n";
    private static final String OPENERS = "\"'„“”«»‚‘’()[]–—-*• \t\u00a0";

    private SlavicWords() {
    }

    /**
     * afterColon: the word follows a colon, which ends a sentence but also opens a credit ("Překlad: Jana Nováková").
     * spaced: a space, not a mark, stands right before it: words joined by a mark ("Johnson&Johnson", "Pfizer/BioNTech")
     * are a firm's or two firms' names, never one person's.
     */
    record Word(int start, int end, String text, boolean initial, boolean capital, boolean sentenceStart,
                boolean afterColon, boolean spaced) {
    }

    /**
     * An acronym with a case ending joined by a hyphen (SDP-a, HZJZ-u, HDZ-ov, NATO-om): a body's name declined, as
     * Croatian, Slovene and Serbian write it. Its lower-case ending made it read as a capitalised word, so after a
     * title it was taken for a person ("zastupnika SDP-a", "ravnatelj HZJZ-a").
     */
    private static final Pattern ACRONYM_IN_CASE = Pattern.compile("\\p{Lu}{2,}-\\p{Ll}{1,5}");

    /** Asked of every capitalised word: the hyphen is looked for before the pattern runs. */
    private static boolean acronymInCase(String w) {
        return w.indexOf('-') > 1 && ACRONYM_IN_CASE.matcher(w).matches();
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = LookalikeLetters.unmixed(m.group());
            boolean initial = w.length() == 2 && w.endsWith(".") && Character.isUpperCase(w.charAt(0));
            int end = m.end();
            if (!initial && w.endsWith(".")) {
                w = w.substring(0, w.length() - 1);
                end--;
            }
            boolean capital = !initial && Character.isUpperCase(w.codePointAt(0)) && w.length() >= 2
                    && w.codePoints().skip(1).anyMatch(Character::isLowerCase) && !acronymInCase(w) || afterParticle(w)
                    || ROMAN.matcher(w).matches() && !words.isEmpty() && words.getLast().capital()
                    && m.start() - words.getLast().end() == 1;
            boolean sentenceStart = startsSentence(text, m.start(), words);
            boolean spaced = m.start() > 0 && Character.isWhitespace(text.charAt(m.start() - 1))
                    || m.start() > 0 && Character.isSpaceChar(text.charAt(m.start() - 1));
            words.add(new Word(m.start(), end, w, initial, capital, sentenceStart, sentenceStart && afterColon(text, m.start()), spaced));
        }
        return particlesApart(words, text);
    }

    /** A lower-case name particle, its hyphen and a capitalised name word: ul-Mulooka, уль-Малук, al-Asada. */
    private static final Pattern PARTICLE_WORD = Pattern.compile("(\\p{Ll}+)-\\p{Lu}\\p{Ll}[\\p{L}\\p{M}]*");

    private static final class Particles {
        static final Set<String> HYPHENED = read("hyphened");
        static final Set<String> APART = read("apart");

        private static Set<String> read(String written) {
            Set<String> particles = new HashSet<>();
            for (Map<String, String> row : GazetteerFile.tsv("slavic-name-particles.tsv")) {
                if (GazetteerFile.list(row.get("written")).contains(written)) particles.add(row.get("particle"));
            }
            return Set.copyOf(particles);
        }
    }

    /**
     * A word that opens with a name's lower-case particle (slavic-name-particles.tsv) and goes on with a capitalised
     * name word is a name's word: "Saif ul-Mulook", "Саиф уль-Малук" read as two words of one name, not as a given
     * name followed by a lower-case word that ends the name.
     */
    static boolean afterParticle(String w) {
        Matcher m = PARTICLE_WORD.matcher(w);
        return m.matches() && Particles.HYPHENED.contains(m.group(1));
    }

    /**
     * A particle written as a word of its own between two capitalised words, a space on each side ("Saif ul Malúk",
     * "Анвар ул Хаг"), is a word of that name: it is read as capitalised so the name's run goes on through it. Not
     * one with a full stop after it (Polish "ul." is the street's abbreviation).
     */
    private static List<Word> particlesApart(List<Word> words, String text) {
        List<Word> read = new ArrayList<>(words);
        for (int k = 1; k + 1 < words.size(); k++) {
            Word w = words.get(k);
            if (w.capital() || w.sentenceStart() || !Particles.APART.contains(w.text())) continue;
            if (w.end() < text.length() && text.charAt(w.end()) == '.') continue;
            if (!words.get(k - 1).capital() || !words.get(k + 1).capital() || words.get(k + 1).sentenceStart()
                    || !adjacent(words.get(k - 1), w) || !adjacent(w, words.get(k + 1))) continue;
            read.set(k, new Word(w.start(), w.end(), w.text(), false, true, false, false, w.spaced()));
        }
        return read;
    }

    private static boolean afterColon(String text, int start) {
        int i = start - 1;
        while (i >= 0 && OPENERS.indexOf(text.charAt(i)) >= 0) i--;
        return i >= 0 && text.charAt(i) == ':';
    }

    private static boolean startsSentence(String text, int start, List<Word> before) {
        int i = start - 1;
        while (i >= 0 && OPENERS.indexOf(text.charAt(i)) >= 0) i--;
        if (i < 0) return true;
        char c = text.charAt(i);
        if (c == '.' && !before.isEmpty() && before.getLast().initial() && before.getLast().end() == i + 1) return false;
        return SENTENCE_END.indexOf(c) >= 0;
    }

    static boolean adjacent(Word a, Word b) {
        int gap = b.start() - a.end();
        return gap == 1 && b.spaced() || gap == 0 && a.initial();
    }
}
