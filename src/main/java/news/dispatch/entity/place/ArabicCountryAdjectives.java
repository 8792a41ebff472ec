package news.dispatch.entity.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.dispatch.entity.ArabicNameParticles;
import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.language.ArabicNisba;
import news.dispatch.entity.language.InflectedNames;

/**
 * The Arabic adjectives of countries (الرئيس الروسي, الجيش التركي, الحكومة الأوكرانية), derived from the countries'
 * Arabic names by {@link ArabicNisba}, not typed. A form is kept only when it is unambiguous: derived from one
 * country only, not itself a country's name, and not a common word of arabic-nisba-exclusions.txt (مجري is also
 * مجرى, a channel, once ى is read as ي; عربي, Arab, is no country).
 */
final class ArabicCountryAdjectives {
    private final Map<String, Set<Country>> countriesByForm = new HashMap<>();
    private final Map<String, String> spellingByForm = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> excluded = new HashSet<>();

    ArabicCountryAdjectives() {
        for (String word : GazetteerFile.lines("arabic-nisba-exclusions.txt")) excluded.add(ArabicNisba.normalized(word.strip()));
    }

    /** Notes a name of {@code country}; its adjectives are derived when they are added. */
    void add(String name, Country country) {
        String key = ArabicNisba.normalized(name);
        names.add(key);
        names.add(key.startsWith("ال") ? key.substring(2) : key);
        List<String> forms = ArabicNisba.of(name);
        if (!forms.isEmpty() && excluded.contains(ArabicNisba.normalized(forms.getFirst()))) return;
        for (String form : forms) {
            String normalized = ArabicNisba.normalized(form);
            countriesByForm.computeIfAbsent(normalized, k -> new HashSet<>()).add(country);
            spellingByForm.putIfAbsent(normalized, form);
        }
    }

    /** Adds the unambiguous adjectives to {@code target}; returns their spellings as added. */
    Set<String> addTo(InflectedNames<Country> target) {
        Set<String> added = new HashSet<>();
        for (Map.Entry<String, String> e : spellingByForm.entrySet()) {
            String form = e.getKey();
            String bare = form.startsWith("ال") ? form.substring(2) : form;
            Set<Country> countries = countriesByForm.get(form);
            if (countries.size() != 1 || names.contains(form) || names.contains(bare)) continue;
            target.add(e.getValue(), countries.iterator().next());
            added.add(e.getValue());
        }
        return added;
    }

    /**
     * Whether the adjective at [start, end) is part of a person's name rather than a country: a nisba is also a
     * family name (أبو حمزة المصري, أبو قتادة المغربي) and تركي a given name (الأمير تركي بن منصور, فيصل بن تركي).
     * Read on the dev days, a nisba with the article after any word without one is still mostly the adjective
     * (وأقر الأمريكي, لاعب نابولي الإيطالي, بلدة سروج التركية): only the name's own marks decide — a kunya two
     * words before (أبو / أم), بن / بنت / أبو / آل next to it, or a title (الأمير, الشيخ) right before a form
     * without the article, or a family name with the article right after one (تركي الحربي, تركي السديري): the
     * indefinite adjective follows an indefinite noun (جندي تركي، مصدر تركي) and is not followed by a definite word.
     */
    static boolean isPartOfAName(String text, int start, int end) {
        ArabicNameParticles particles = ArabicNameParticles.standard();
        String before = wordBefore(text, start);
        if (particles.links().contains(before) || particles.links().contains(wordAfter(text, end))) return true;
        boolean article = WITH_ARTICLE.matcher(ArabicNisba.normalized(text.substring(start, end))).matches();
        if (!article) {
            return particles.titles().contains(before) || familyNameAfter(text.substring(start, end), wordAfter(text, end));
        }
        if (before.isEmpty()) return false;
        return particles.kunyas().contains(wordBefore(text, text.lastIndexOf(before, start - 1)));
    }

    /** The article after the attached particles: الروسي, والروسي, بالروسية, للروسيين. */
    private static final java.util.regex.Pattern WITH_ARTICLE = java.util.regex.Pattern.compile("(?:[وفبك]|وب|فب)?ال.*|لل.*");
    /**
     * A masculine nisba without the article followed by a word with it is a given name before a family name (تركي
     * الحربي) — unless that word says what the adjective is of (سعودي الجنسية, إيرانية الصنع) or when (مدرس
     * إيراني الأربعاء), as read on the dev days.
     */
    private static boolean familyNameAfter(String nisba, String next) {
        return nisba.endsWith("ي") && next.startsWith("ال") && !NOT_FAMILY_NAMES.contains(next);
    }

    private static final Set<String> NOT_FAMILY_NAMES = Set.of("الجنسية", "الأصل", "الاصل", "المولد", "الصنع", "اليوم",
            "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "المقبل");

    /** The word right before {@code at}, separated by spaces only; empty after punctuation or at the start. */
    private static String wordBefore(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) == ' ') i--;
        if (i == at) return "";
        int end = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
        return text.substring(i, end);
    }

    private static String wordAfter(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        if (i == at) return "";
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return text.substring(start, i);
    }
}
