package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import news.dispatch.entity.person.NameSounds.Reading;
import news.dispatch.entity.text.NameFold;

/**
 * The readings of one name the joins across scripts compare: as written; a name from Cyrillic also as English spells
 * it ({@link EnglishReadings}); a Latin name also as Cyrillic hears it and a Czech woman's surname without its -ová;
 * a compound name with its particle glued on and dropped. One person's spellings in several scripts sound alike in
 * at least one pair of readings.
 */
final class NameReadings {
    /** The Arabic and Urdu particles of compound names, written as words of their own (Noor ul Haq, Arif ur Rehman). */
    private static final Set<String> PARTICLES = Set.of("ul", "ud", "ur");

    private NameReadings() {
    }

    /** Every reading of {@code name} that has sounds enough to join, in a fixed order. */
    static List<NameSounds> of(String name, boolean cyrillic) {
        List<NameSounds> readings = new ArrayList<>();
        readings.add(written(name, cyrillic));
        if (cyrillic) {
            readings.add(EnglishReadings.asEnglish(name));
            readings.addAll(EnglishReadings.otherEnglishReadings(name));
        }
        else {
            readings.addAll(asHeard(name));
            readings.add(withoutFeminine(name));
        }
        readings.addAll(withoutParticles(name, cyrillic));
        readings.removeIf(java.util.Objects::isNull);
        return readings;
    }

    private static NameSounds written(String name, boolean cyrillic) {
        if (name.chars().anyMatch(Character::isDigit)) return null;
        return NameSounds.of(name, NameFold.fold(name).split(" "), cyrillic ? Reading.FROM_CYRILLIC : Reading.WRITTEN);
    }

    /**
     * A Latin name as a Cyrillic spelling renders its sounds, where the English or German letters say otherwise:
     * tch is one ch (Thatcher, Тачър), a gh after a vowel is the h Russian writes (McLoughlin, Маклохлин), a z after
     * a consonant or ending a word is the ts of German (Schulz, Шулц), and so are its oe, ue and eu (Oettinger,
     * Йотингер; Guenther, Гюнтер; Neumann, Нойман), and a y between vowels is the й the fold writes j (Kromayer,
     * Кромайер "Kromajer"); a Scottish or Irish Mc is the Мак- Cyrillic writes for it, its c hard before any
     * letter (McEnany, Макинани "Makinani"; McConnell, Макконнелл), where the skeletons read a c before e, i or y as
     * s; an English word's silent first w before r and k before n are not written (Wray, Рэй; Knight, Найт); and,
     * in a second reading, ch is the French sh
     * (Charles Michel, Шарл Мишел); a Spanish name also by its own sounds ({@link #asSpanish}). Only readings that
     * change a word; they only meet names from Cyrillic.
     */
    static List<NameSounds> asHeard(String name) {
        if (name.chars().anyMatch(Character::isDigit)) return List.of();
        String folded = NameFold.fold(name);
        String heard = VOWEL_GH.matcher(folded.replace("tch", "ch")).replaceAll("$1h");
        heard = Z_SOUNDED_TS.matcher(heard).replaceAll("ts");
        heard = FIRST_OE.matcher(heard).replaceAll("jo").replace("oe", "e").replace("ue", "u").replace("eu", "oj");
        heard = Y_BETWEEN_VOWELS.matcher(heard).replaceAll("j");
        heard = FIRST_MC.matcher(heard).replaceAll("mak");
        heard = SILENT_FIRST_W_OR_K.matcher(heard).replaceAll("");
        List<NameSounds> readings = new ArrayList<>();
        var spellings = new java.util.LinkedHashSet<>(List.of(heard, heard.replace("ch", "sh")));
        if (spanish(name, folded)) spellings.add(asSpanish(folded));
        for (String reading : spellings) {
            if (reading.equals(folded)) continue;
            NameSounds s = NameSounds.of(name, reading.split(" "), Reading.HEARD);
            if (s != null) readings.add(s);
        }
        return readings;
    }

    /**
     * Whether a name is Spanish by a sign a reader of names goes by: an ñ, or a word in -ez, the ending of Spanish
     * patronymic surnames (Chávez, Sánchez, López, Hernández), which neither English nor a Slavic language writes.
     */
    private static boolean spanish(String name, String folded) {
        return name.indexOf('ñ') >= 0 || name.indexOf('Ñ') >= 0 || java.util.Arrays.stream(folded.split(" "))
                .anyMatch(w -> w.length() >= 4 && w.endsWith("ez"));
    }

    /**
     * A Spanish name as Cyrillic transcribes it, by Spanish sounds (Уго Чавес, Хуан Эрнандес, Хорхе): h is silent,
     * and j, and g before e or i, are the х the fold writes h. The ch and z need nothing: the skeletons of ч and of z
     * already read them as the Latin spelling's.
     */
    private static String asSpanish(String folded) {
        return SOFT_G.matcher(SILENT_FIRST_H.matcher(folded).replaceAll("").replace("j", "h")).replaceAll("h");
    }

    // The patterns of asHeard() and asSpanish(), compiled once: String.replaceAll compiled each anew per name (the
    // index-wide person step reads every name of the index this way).
    private static final java.util.regex.Pattern VOWEL_GH = java.util.regex.Pattern.compile("([aeiou])gh");
    private static final java.util.regex.Pattern Z_SOUNDED_TS = java.util.regex.Pattern.compile("(?<=[^aeiou ])z|z(?= |$)");
    private static final java.util.regex.Pattern FIRST_OE = java.util.regex.Pattern.compile("(?<=^| )oe");
    private static final java.util.regex.Pattern Y_BETWEEN_VOWELS = java.util.regex.Pattern.compile("(?<=[aeiou])y(?=[aeiou])");
    private static final java.util.regex.Pattern FIRST_MC = java.util.regex.Pattern.compile("(?<=^| )mc");
    private static final java.util.regex.Pattern SILENT_FIRST_W_OR_K = java.util.regex.Pattern.compile("(?<=^| )(?:w(?=r)|k(?=n))");
    private static final java.util.regex.Pattern SILENT_FIRST_H = java.util.regex.Pattern.compile("(?<=^| )h(?=[aeiou])");
    private static final java.util.regex.Pattern SOFT_G = java.util.regex.Pattern.compile("g(?=[ei])");

    /**
     * A Czech or Slovak name whose surname ends in -ová (folded -ova) as Cyrillic hears it without: Czech adds it to a
     * foreign woman's surname (Justine Greeningová), Bulgarian and Russian do not (Джъстин Грийнинг). Only met by
     * names from Cyrillic, as {@link #asHeard}: in Latin letters Jana Nováková is no Jan Novák. Null for other names.
     */
    private static NameSounds withoutFeminine(String name) {
        if (name.chars().anyMatch(Character::isDigit)) return null;
        String[] words = NameFold.fold(name).split(" ");
        String last = words[words.length - 1];
        if (!last.endsWith("ova") || last.length() < 6) return null;
        words[words.length - 1] = last.substring(0, last.length() - 3);
        return NameSounds.of(name, words, Reading.HEARD);
    }

    /**
     * True when {@code shorter} is {@code fuller} without its particle, apart or glued to the word before, every
     * other word of one sound (Saif Muluk of Saif Ul Malook and of Saiful Mulook): the name cut short, as Czech writes
     * Saif Mulúk, not the name in full.
     */
    static boolean withoutParticleOf(String shorter, String fuller) {
        String[] words = NameFold.fold(shorter).split(" ");
        List<String> full = new ArrayList<>(List.of(NameFold.fold(fuller).split(" ")));
        if (full.size() == words.length + 1) {
            int apart = -1;
            for (int i = 1; i < full.size() - 1 && apart < 0; i++) if (PARTICLES.contains(full.get(i))) apart = i;
            if (apart < 0) return false;
            full.remove(apart);
        }
        else if (full.size() != words.length || !ungluedParticle(full, words)) return false;
        for (int i = 0; i < words.length; i++) {
            if (!NameSounds.key(words[i]).equals(NameSounds.key(full.get(i)))) return false;
        }
        return true;
    }

    /** Takes off the particle glued to a word before the surname that is {@code words}' word with it (Saiful, Saif). */
    private static boolean ungluedParticle(List<String> full, String[] words) {
        for (int i = 0; i < full.size() - 1; i++) {
            String w = full.get(i);
            for (String particle : PARTICLES) {
                if (w.length() > particle.length() + 2 && w.equals(words[i] + particle)) {
                    full.set(i, words[i]);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name with a particle as a word of its own read with the particle glued to the word before it and without it,
     * as other languages write one compound name (Noor Ul Haq Qadri, Нурул Хак Кадри "Nurul Hak Kadri"; Saif ul
     * Malook, Saif Muluk); a name from Cyrillic also as English spells it.
     */
    private static List<NameSounds> withoutParticles(String name, boolean cyrillic) {
        if (name.chars().anyMatch(Character::isDigit)) return List.of();
        List<String> words = List.of(NameFold.fold(name).split(" "));
        List<NameSounds> readings = new ArrayList<>();
        for (int i = 1; i < words.size() - 1; i++) {
            if (!PARTICLES.contains(words.get(i))) continue;
            List<String> glued = new ArrayList<>(words);
            glued.set(i - 1, words.get(i - 1) + words.get(i));
            glued.remove(i);
            List<String> dropped = new ArrayList<>(words);
            dropped.remove(i);
            for (List<String> reading : List.of(glued, dropped)) {
                NameSounds r = NameSounds.of(name, reading.toArray(String[]::new), cyrillic ? Reading.FROM_CYRILLIC : Reading.WRITTEN);
                if (r != null) readings.add(r);
            }
            break;
        }
        return readings;
    }
}
