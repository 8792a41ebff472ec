package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dispatch.entity.model.ModelSpan;

/**
 * Where a person's name begins and ends, beyond the model's span: the model often tags only part of a name it
 * splits at punctuation. Two person spans joined by a hyphen are one name ("Jean-Claude", "Akufo - Addo"); an
 * untagged capitalized word hyphened to a person span belongs to it ("Owusu-Ekuful", "Mapisa-Nqakula"); initials
 * just before it are part of it ("L. Oyun-Erdene", "W. N. McMillan"), a generational suffix just after it ("Michael
 * Brown Sr."), and so is an Irish or Italian prefix ("O’ Higgins", "D’Silva"). A neighbour the model tagged as
 * something else is never taken in.
 */
final class NameBoundaries {
    /** A person span's neighbours to the left: initials ("L.", "W. N."), a prefix ("O’"). */
    private static final Pattern INITIALS_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}.'’])(?:\\p{Lu} ?\\. ?)+$");
    private static final Pattern PREFIX_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}.'’])[OD] ?['’] ?$");
    /** A capitalized word and a hyphen just before the span ("Mapisa-"), or a hyphen and a word just after ("-Ekuful"). */
    private static final Pattern HYPHENED_BEFORE = Pattern.compile("(?<=[^\\S\\n])\\p{Lu}[\\p{Ll}\\p{M}]+ ?- ?$");
    private static final Pattern HYPHENED_AFTER = Pattern.compile("^ ?- ?\\p{Lu}[\\p{Ll}\\p{M}]+(?![\\p{L}\\p{N}])");
    /** A capitalized word and one space just before the span ("Marine " before "Le Pen"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}.'’-])\\p{Lu}[\\p{Ll}\\p{M}]+ $");
    /**
     * "Jr." or "Sr." just after the span, which the model leaves out before "and" or a verb ("Michael Brown Sr. and
     * Lesley McSpadden"): without it the father is one name with his son. Not a Roman numeral: the hand-tagged
     * worldwide newswire leaves one after a name out as often as it takes it in ("John Jacob Astor IV", "Yohannes IV"
     * against "Menelik II"), and the model already takes most of them.
     */
    private static final Pattern SUFFIX_AFTER = Pattern.compile("^ (?:Jr|Sr|JR|SR)\\.?(?![\\p{L}\\p{N}])");
    private static final int LOOK = 40;
    /**
     * A Korean name cut after its given name's first syllable ("Moon Jae" of "Moon Jae-in", "Kim Jong" of "Kim Jong
     * Un"): the model does not take a lower-case syllable after a hyphen, and reads a separate "Un" or "In" as no
     * name. A span of a Korean surname (korean-surnames.txt) and one short capitalized syllable takes the syllable
     * after it, hyphened (any case) or after one space (capitalized, 2–3 letters).
     */
    private static final Pattern KOREAN_CUT = Pattern.compile("\\p{Lu}\\p{Ll}{1,3} \\p{Lu}\\p{Ll}{1,3}");
    private static final Pattern KOREAN_SYLLABLE_AFTER = Pattern.compile("^(?:-\\p{L}\\p{Ll}{0,4}| \\p{Lu}\\p{Ll}{1,2})(?![\\p{L}\\p{N}-])");
    private static final java.util.Set<String> KOREAN_SURNAMES = java.util.Set.copyOf(news.dispatch.entity.GazetteerFile.words("korean-surnames.txt"));
    private static final Pattern HYPHEN = Pattern.compile(" ?- ?");
    private static final Pattern DOT = Pattern.compile(" ?\\. ?");
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?<![\\p{L}.])\\p{Lu}$");

    private NameBoundaries() {
    }

    /** The spans with each person span widened to its whole name; other spans unchanged. */
    static List<ModelSpan> widen(String text, List<ModelSpan> spans, Predicate<String> notAName) {
        return widen(text, spans, notAName, name -> false);
    }

    /**
     * As {@link #widen(String, List, Predicate)}, and a word just before a person span that makes with it a name the
     * variants table lists is its given name: the model reads "Marine" of "Marine Le Pen" as no name (a marine) and
     * tags "Le Pen" alone, which is her father's surname too.
     */
    static List<ModelSpan> widen(String text, List<ModelSpan> spans, Predicate<String> notAName, Predicate<String> listedName) {
        List<ModelSpan> joined = joinHyphenated(text, spans);
        boolean[] taken = new boolean[text.length() + 1];
        for (ModelSpan s : joined) for (int i = s.start(); i < s.end(); i++) taken[i] = true;
        List<ModelSpan> out = new ArrayList<>(joined.size());
        for (ModelSpan s : joined) {
            if (!s.isPerson()) {
                out.add(s);
                continue;
            }
            int start = s.start();
            int end = s.end();
            int from = Math.max(0, start - LOOK);
            String before = text.substring(from, start);
            Matcher m = HYPHENED_BEFORE.matcher(before);
            if (m.find() && free(taken, from + m.start(), start)) start = from + m.start();
            before = text.substring(Math.max(0, start - LOOK), start);
            from = Math.max(0, start - LOOK);
            m = WORD_BEFORE.matcher(before);
            if (m.find() && free(taken, from + m.start(), start)
                    && listedName.test(m.group() + text.substring(start, end))) start = from + m.start();
            before = text.substring(Math.max(0, start - LOOK), start);
            from = Math.max(0, start - LOOK);
            for (Pattern p : List.of(INITIALS_BEFORE, PREFIX_BEFORE)) {
                m = p.matcher(before);
                if (m.find() && free(taken, from + m.start(), start) && !notAName.test(m.group().replace(" ", ""))) {
                    start = from + m.start();
                    break;
                }
            }
            m = HYPHENED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + LOOK)));
            if (m.find() && free(taken, end, end + m.end())) end += m.end();
            else if ((m = SUFFIX_AFTER.matcher(text.substring(end, Math.min(text.length(), end + LOOK)))).find()
                    && free(taken, end, end + m.end())) end += m.end();
            else if (isKoreanCut(text.substring(start, end))) {
                m = KOREAN_SYLLABLE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + LOOK)));
                if (m.find()) end += m.end();
            }
            out.add(start == s.start() && end == s.end() ? s : new ModelSpan(s.tag(), start, end));
        }
        return out;
    }

    private static boolean isKoreanCut(String name) {
        return KOREAN_CUT.matcher(name).matches() && KOREAN_SURNAMES.contains(name.substring(0, name.indexOf(' ')));
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) if (taken[i]) return false;
        return true;
    }

    /** A hyphen between two person spans, or the dot after an initial that ends the first ("Sherry F. Carlin"). */
    private static boolean joins(String first, String between) {
        return HYPHEN.matcher(between).matches() || (DOT.matcher(between).matches() && ENDS_WITH_INITIAL.matcher(first).find());
    }

    /** Person spans joined by a hyphen, bare or spaced ("Jean-Claude Paye" split by the tokenizer), are one name. */
    private static List<ModelSpan> joinHyphenated(String text, List<ModelSpan> spans) {
        List<ModelSpan> joined = new ArrayList<>();
        for (ModelSpan s : spans) {
            ModelSpan last = joined.isEmpty() ? null : joined.getLast();
            if (last != null && last.isPerson() && s.isPerson() && s.start() > last.end()
                    && joins(text.substring(last.start(), last.end()), text.substring(last.end(), s.start()))) {
                joined.set(joined.size() - 1, new ModelSpan(last.tag(), last.start(), s.end()));
            } else {
                joined.add(s);
            }
        }
        return joined;
    }
}
