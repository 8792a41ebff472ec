package news.dispatch.entity.person;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.dispatch.entity.WordFunctionMemo;
import news.dispatch.entity.language.ConsonantSkeleton;
import news.dispatch.entity.text.NameFold;

/**
 * One name in every script: a person named in Cyrillic or in a Slavic language's Latin letters takes the canonical
 * name of person-variants.tsv when the name sounds like one listed there (Путин, Путін, Władimir Putin → "Vladimir
 * Putin"); any other name is spelt in plain Latin letters, Cyrillic parts as Wikidata spells them most often
 * (cyrillic-name-parts.tsv) or else by the BGN transliteration of the article's language.
 *
 * <p>"Sounds like" is a consonant skeleton of the ASCII spelling ({@link ConsonantSkeleton#PERSONS}): vowels and y are
 * dropped and the letters different romanizations write differently for one sound are merged (Джордж → dzhordzh →
 * jrj, George → jrj; Юнкер → yunker → jnkr, Juncker → jnkr), skeletons one letter apart agreeing from four
 * letters on. A name the table does not know keeps the article's spelling: Cyrillic folded to Latin letters as
 * {@link NameFold} folds it, Latin-script Slavic names with their diacritics (Božinović, Krajčí), as English coverage
 * and Wikipedia write them.
 */
final class CrossScriptNames {
    private static final Map<String, String> TRANSLITERATION_OF_LANGUAGE = Map.of(
            "ru", "Russian-Latin/BGN", "uk", "Ukrainian-Latin/BGN", "bg", "Bulgarian-Latin/BGN");
    /** ICU transliterators are not documented as thread-safe: one set per thread. */
    private static final ThreadLocal<Map<String, Transliterator>> TRANSLITERATORS = ThreadLocal.withInitial(HashMap::new);
    /**
     * Words kept by each transliteration's memo: a name part is read by several rules, each asking for its Latin
     * letters, and the ICU transliterators were a third of the cost of indexing a Slavic article (issue 23).
     */
    private static final int MEMO_WORDS = 50_000;
    private static final WordFunctionMemo ASCII = new WordFunctionMemo(
            text -> transliterator("Any-Latin; Latin-ASCII").transliterate(text), MEMO_WORDS);
    private static final Map<String, WordFunctionMemo> BGN = Map.of(
            "Russian-Latin/BGN", bgn("Russian-Latin/BGN"), "Ukrainian-Latin/BGN", bgn("Ukrainian-Latin/BGN"),
            "Bulgarian-Latin/BGN", bgn("Bulgarian-Latin/BGN"));

    /** One listed spelling of a known person: its given name and surname in ASCII and their skeletons. */
    private record Known(String canonical, String given, Sound givenSound, String surname, Sound surnameSound,
                         boolean canonicalSpelling) {
    }

    /** The two skeletons of a spelling, "ch" read as in English and German and as in French, and its first sound. */
    private record Sound(String skeleton, String soft, char lead) {
        static Sound of(String ascii) {
            return new Sound(ConsonantSkeleton.PERSONS.of(ascii), ConsonantSkeleton.PERSONS.of(ascii.replace("ch", "sh")),
                    CrossScriptNames.lead(ascii));
        }

        boolean close(Sound other) {
            return within(skeleton, other.skeleton) || within(soft, other.soft);
        }
    }

    private final Map<String, String> latinOfCyrillic = new HashMap<>();
    private final Set<String> latinParts = new HashSet<>();
    /** The consonant skeletons of the table's Latin spellings: a г whose g reading has one may well be a g (Гари, Gary). */
    private final Set<String> latinSkeletons = new HashSet<>();
    private final List<Known> knowns = new ArrayList<>();
    /**
     * The knowns by the first letter of their surname's skeleton, and of its soft skeleton: sounds close start alike
     * ({@link #within}), so a name is compared with these, not with the whole table (the scan was a fifth of the cost
     * of a Slavic article).
     */
    private final Map<Character, List<Known>> bySurnameHead = new HashMap<>();
    private final Map<Character, List<Known>> bySoftSurnameHead = new HashMap<>();
    /** The knowns by their given name and surname as listed, and the canonical spellings by surname. */
    private final Map<String, List<Known>> byListedSpelling = new HashMap<>();
    private final Map<String, List<Known>> canonicalBySurname = new HashMap<>();
    /** Given names of the table's persons: a word alone that is one ("Mohamed") names no one in particular. */
    private final Set<String> knownGivenNames = new HashSet<>();

    private static final class Holder {
        static final CrossScriptNames INSTANCE = new CrossScriptNames(PersonVariants.standard());
    }

    private CrossScriptNames(PersonVariants variants) {
        for (Map<String, String> row : UkrainianGivenNames.withNameParts()) {
            latinOfCyrillic.put(row.get("cyrillic"), row.get("latin"));
            latinParts.add(row.get("latin"));
            latinSkeletons.add(ConsonantSkeleton.PERSONS.of(row.get("latin")));
        }
        variants.variantsOfCanonical().forEach((canonical, spellings) -> {
            List<String> names = new ArrayList<>(spellings);
            names.addFirst(canonical);
            for (String name : names) {
                String[] words = PersonName.words(name);
                if (words.length < 2 || !PersonName.isFull(name)) continue;
                String surnameLatin = ascii(words[words.length - 1]).toLowerCase(Locale.ROOT);
                String given = ascii(words[0]).toLowerCase(Locale.ROOT);
                knownGivenNames.add(given);
                Known known = new Known(canonical, given, Sound.of(given), surnameLatin, Sound.of(surnameLatin),
                        name.equals(canonical));
                if (!knowns.contains(known)) knowns.add(known);
            }
        });
        for (Known k : knowns) {
            Sound sound = k.surnameSound();
            if (!sound.skeleton().isEmpty()) {
                bySurnameHead.computeIfAbsent(sound.skeleton().charAt(0), c -> new ArrayList<>()).add(k);
            }
            if (!sound.soft().isEmpty()) {
                bySoftSurnameHead.computeIfAbsent(sound.soft().charAt(0), c -> new ArrayList<>()).add(k);
            }
            byListedSpelling.computeIfAbsent(k.given() + " " + k.surname(), n -> new ArrayList<>()).add(k);
            if (k.canonicalSpelling()) canonicalBySurname.computeIfAbsent(k.surname(), n -> new ArrayList<>()).add(k);
        }
    }

    private static WordFunctionMemo bgn(String id) {
        return new WordFunctionMemo(word -> transliterator(id).transliterate(word), MEMO_WORDS);
    }

    /** A given name of a person the table knows, in plain Latin letters, lower case (anna, boris). */
    boolean knownGivenName(String latinLower) {
        return knownGivenNames.contains(latinLower);
    }

    static CrossScriptNames standard() {
        return Holder.INSTANCE;
    }

    /**
     * A name part (a nominative) in plain Latin letters, lower case, by the BGN transliteration of the language
     * (the one English-language news uses): only for matching to the table by sound.
     */
    String latin(String part, String language) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (!isCyrillic(lower)) return ascii(lower);
        String listed = listed(lower);
        if (listed != null) return listed;
        String transliteration = TRANSLITERATION_OF_LANGUAGE.getOrDefault(language, "Russian-Latin/BGN");
        return ascii(BGN.get(transliteration).apply(lower)).replace("'", "").replace("\"", "");
    }

    /**
     * The parts of a name the table does not know, in Latin letters, lower case: when Wikidata gives every Cyrillic
     * part an English spelling (Дэвид Дэвис → david davis), those; otherwise each part folded as {@link NameFold}
     * folds it (Дейвид Дейвис → dejvid dejvis), so that a search for the name in its own script finds the facet value.
     * A part in Latin letters keeps its diacritics (Božinović, Krajčí): English coverage and Wikipedia write a Croatian
     * or Slovak name so, and the joins compare names folded anyway.
     */
    List<String> spelling(List<String> parts) {
        List<String> lower = parts.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        List<String> listed = lower.stream().map(this::listed).toList();
        if (!listed.contains(null)) return listed;
        return lower.stream().map(p -> isCyrillic(p) ? NameFold.fold(p) : withDiacritics(p)).toList();
    }

    /**
     * A Latin name part, lower case, as {@link NameFold} folds it but with its diacritics (and composed letters):
     * only when it folds to the same key, so the name joins exactly as its folded spelling did.
     */
    private static String withDiacritics(String lower) {
        String folded = NameFold.fold(lower);
        String kept = NameFold.words(Normalizer.normalize(lower, Normalizer.Form.NFC));
        return NameFold.fold(kept).equals(folded) ? kept : folded;
    }

    /**
     * Wikidata's Latin spelling of a lower-case Cyrillic name part, as written or, failing that, with one г read as
     * the х of the table's spelling: Russian and Bulgarian write an English h as г (Говард, Гарри, Гамильтон) where
     * Wikidata's most frequent spelling has х (Ховард → howard). Only a table spelling with an English h, no kh,
     * is taken (х is also the kh of Arabic and Russian names: Галид is no Khalid), and a spelling is never made up;
     * nor is one taken when the word read with g sounds like a Latin spelling of the table (Гари Джонсон is Gary
     * Johnson, not Hari: read with g it sounds like the table's Jerry). Null when the table has neither.
     */
    private String listed(String lower) {
        String listed = latinOfCyrillic.get(lower);
        if (listed != null || lower.indexOf('г') < 0 || latinSkeletons.contains(ConsonantSkeleton.PERSONS.of(ascii(lower)))) return listed;
        Set<String> heard = new HashSet<>();
        for (int at = lower.indexOf('г'); at >= 0; at = lower.indexOf('г', at + 1)) {
            String latin = latinOfCyrillic.get(lower.substring(0, at) + "х" + lower.substring(at + 1));
            if (latin != null && latin.contains("h") && !latin.contains("kh")) heard.add(latin);
        }
        return heard.size() == 1 ? heard.iterator().next() : null;
    }

    /**
     * True for a spelling of a name part Wikidata gives persons often (Тереза, Teresa; Домінік, as dominik), not for
     * a case form of it.
     */
    boolean isNamePart(String part, String language) {
        String lower = part.toLowerCase(Locale.ROOT);
        return latinOfCyrillic.containsKey(lower) || latinParts.contains(latin(lower, language));
    }

    /**
     * The canonical name of the table whose given name and surname sound like these (given may be null, for a
     * surname named alone: then only the surname of one listed person's canonical name, spelt as there, and no
     * given name of the table, is enough: by sound alone Фокус would be Fox, агенция Gantz, Mohamed Mohamud).
     * Sounds must start alike (La Manche is no Khamenei), and a surname of one or two consonants (May, Мей) is
     * only trusted beside a given name of three consonants or more that sounds the same (Тереза Мей), unless the
     * table lists the spelling letter for letter.
     */
    Optional<String> known(String givenLatin, String surnameLatin) {
        Sound surname = Sound.of(surnameLatin);
        if (surname.skeleton().isEmpty()) return Optional.empty();
        if (givenLatin == null) {
            if (knownGivenNames.contains(surnameLatin)) return Optional.empty();
            // A surname spelt as listed sounds like itself: no need to ask which others sound close.
            return one(canonicalBySurname.getOrDefault(surnameLatin, List.of()));
        }
        // A spelling the table lists, letter for letter, is that person however short its parts (Al Gor: Al Gore).
        Optional<String> listed = one(byListedSpelling.getOrDefault(givenLatin + " " + surnameLatin, List.of()));
        if (listed.isPresent()) return listed;
        List<Known> candidates = closeSurnames(surname);
        Sound given = Sound.of(givenLatin);
        List<Known> agreeing = candidates.stream()
                .filter(k -> surname.lead() == k.surnameSound().lead() && given.lead() == k.givenSound().lead())
                .filter(k -> givenLatin.length() == 1 || given.close(k.givenSound()))
                .filter(k -> surname.skeleton().length() >= 3 && k.surnameSound().skeleton().length() >= 3
                        || given.skeleton().length() >= 3 && given.skeleton().equals(k.givenSound().skeleton()))
                // Both parts a letter off is another person (Ford Credit is no Fernando Cardoso, Kris Peeters no
                // Carlos Pérez): one part must sound exactly alike.
                .filter(k -> givenLatin.length() == 1 || k.surnameSound().skeleton().equals(surname.skeleton())
                        || k.givenSound().skeleton().equals(given.skeleton()))
                // A surname that is a given name the table lists is that name, not a slip of a surname it sounds close
                // to: Micheál Martin (mrtn) is no Mikhail Mishustin (mstn), though their given names sound alike.
                .filter(k -> k.surnameSound().skeleton().equals(surname.skeleton()) || !knownGivenNames.contains(surnameLatin))
                .toList();
        Optional<String> found = one(agreeing);
        if (found.isPresent()) return found;
        List<Known> alike = agreeing.stream().filter(k -> k.surnameSound().skeleton().equals(surname.skeleton())
                && k.givenSound().skeleton().equals(given.skeleton())).toList();
        found = one(alike);
        return found.isPresent() ? found : closestSpelling(alike, surnameLatin);
    }

    /**
     * Of listed persons who all sound exactly like the name, the one whose surname is spelt closest to it, when one
     * is strictly closest: the skeleton reads a first y and a g alike (both j, for Джордж and George), so Андрей
     * Ермак, read yermak, sounds like Andrei Gromyko (jrmk) as much as Andriy Yermak, whose letters it has. Only a
     * spelling at most two letters off one of them chooses.
     */
    private static Optional<String> closestSpelling(List<Known> alike, String surnameLatin) {
        Map<String, Integer> distance = new HashMap<>();
        for (Known k : alike) distance.merge(k.canonical(), PersonName.editDistance(k.surname(), surnameLatin), Math::min);
        int best = distance.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        List<String> closest = distance.keySet().stream().filter(c -> distance.get(c) == best).toList();
        // Spelt far from all of them, the name is likely none of them: a sound alone does not choose.
        return closest.size() == 1 && best <= 2 ? Optional.of(closest.getFirst()) : Optional.empty();
    }

    /**
     * The knowns whose surname sounds close to this one: among those whose skeleton or soft skeleton starts alike,
     * each once (one found by its soft skeleton is left out when its skeleton's first letter found it already).
     */
    private List<Known> closeSurnames(Sound surname) {
        char head = surname.skeleton().charAt(0);
        List<Known> close = new ArrayList<>();
        for (Known k : bySurnameHead.getOrDefault(head, List.of())) if (surname.close(k.surnameSound())) close.add(k);
        if (surname.soft().isEmpty()) return close;
        for (Known k : bySoftSurnameHead.getOrDefault(surname.soft().charAt(0), List.of())) {
            String skeleton = k.surnameSound().skeleton();
            boolean foundAlready = !skeleton.isEmpty() && skeleton.charAt(0) == head;
            if (!foundAlready && surname.close(k.surnameSound())) close.add(k);
        }
        return close;
    }

    private static Optional<String> one(List<Known> knowns) {
        List<String> names = knowns.stream().map(Known::canonical).distinct().toList();
        return names.size() == 1 ? Optional.of(names.getFirst()) : Optional.empty();
    }

    /** The class of a spelling's first sound: any vowel; j, y or g; c, k or q; else its first merged letter. */
    static char lead(String ascii) {
        String merged = ConsonantSkeleton.PERSONS.rewritten(ascii);
        if (merged.isEmpty()) return ' ';
        char c = merged.charAt(0);
        if ("aeiou".indexOf(c) >= 0) return 'a';
        if ("jyg".indexOf(c) >= 0) return 'j';
        if ("ckq".indexOf(c) >= 0) return 'k';
        return c;
    }

    /** Skeletons this close are one name: equal when short, one letter apart from four letters on. */
    static boolean within(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.max(a.length(), b.length()) < 4 || a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) return false;
        return PersonName.editDistance(a, b) <= 1;
    }

    static String ascii(String text) {
        return ASCII.apply(text);
    }

    static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static Transliterator transliterator(String id) {
        return TRANSLITERATORS.get().computeIfAbsent(id, Transliterator::getInstance);
    }
}
