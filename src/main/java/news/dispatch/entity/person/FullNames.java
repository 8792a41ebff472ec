package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The full names of one article and how they settle into persons: forms of one name (initials, short given
 * names: "Chris Stevens", "J. Christopher Stevens") and misspellings ("Emmanual Macron") go to the article's most
 * frequent form. Lookups are by hash: linear in the number of names, whatever their count (a hostile article with
 * thousands of names must not take minutes). Ties are broken by text order, so the result depends on the article only.
 */
final class FullNames {
    /** Misspelling candidates compared per name at most: bounds the work on articles listing thousands of names. */
    private static final int MAX_SPELLING_CANDIDATES = 16;
    private final NameForms forms;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, String> preferred = new HashMap<>();
    private final Map<String, String> redirect = new HashMap<>();
    private final Map<String, String> bySurname = new LinkedHashMap<>();
    private final Map<Character, List<String>> surnamesByInitial = new HashMap<>();
    private final Map<String, List<String>> byFirstWord = new HashMap<>();
    /** Names of three words or more by their last two ("de Blasio", "Trump Jr"), the preferred form. */
    private final Map<String, String> byLastTwoWords = new HashMap<>();
    private final Map<String, List<String>> bySpellingBlock = new HashMap<>();

    FullNames(NameForms forms) {
        this.forms = forms;
    }

    void add(String fullName) {
        counts.merge(fullName, 1, Integer::sum);
    }

    /** Groups the names once all are added. */
    void settle() {
        List<String> names = List.copyOf(counts.keySet());
        Map<String, String> bestOfKey = new HashMap<>();
        for (String n : names) bestOfKey.merge(forms.key(n), n, this::better);
        for (String n : names) preferred.put(n, bestOfKey.get(forms.key(n)));
        // Misspellings: names of the same length in words, same initial letters, within a small edit distance.
        for (String n : names) {
            if (!preferred.get(n).equals(n)) continue;
            List<String> block = bySpellingBlock.computeIfAbsent(spellingBlock(n), k -> new ArrayList<>());
            String target = null;
            for (int i = 0; i < block.size() && i < MAX_SPELLING_CANDIDATES; i++) {
                String other = block.get(i);
                if (isCloseSpelling(n, other, PersonName.editDistance(n, other)) && noPartRewritten(n, other)) {
                    target = other;
                    break;
                }
            }
            if (target == null) {
                block.add(n);
            } else {
                String winner = better(target, n);
                String loser = winner.equals(n) ? target : n;
                block.set(block.indexOf(target), winner);
                redirect.put(loser, winner);
            }
        }
        preferred.replaceAll((n, p) -> follow(p));
        for (String n : names) {
            String p = preferred.get(n);
            String surname = PersonName.surname(n);
            if (!bySurname.containsKey(surname)) surnamesByInitial.computeIfAbsent(surname.charAt(0), k -> new ArrayList<>()).add(surname);
            bySurname.merge(surname, p, this::better);
            String[] w = PersonName.words(n);
            if (w.length >= 3) byLastTwoWords.merge(w[w.length - 2] + " " + w[w.length - 1], p, this::better);
            List<String> same = byFirstWord.computeIfAbsent(PersonName.words(n)[0], k -> new ArrayList<>());
            if (!same.contains(p)) same.add(p);
        }
    }

    private String follow(String name) {
        String n = name;
        for (int hops = 0; redirect.containsKey(n) && hops < 64; hops++) n = redirect.get(n);
        return n;
    }

    /** The more frequent name; on a tie the longer (fuller) one, then the earlier in the text. */
    private String better(String a, String b) {
        int ca = counts.getOrDefault(a, 0);
        int cb = counts.getOrDefault(b, 0);
        if (ca != cb) return ca > cb ? a : b;
        if (a.length() != b.length()) return a.length() > b.length() ? a : b;
        return a;
    }

    private static String spellingBlock(String name) {
        String[] w = PersonName.words(name);
        StringBuilder b = new StringBuilder().append(w.length);
        for (String word : w) b.append(word.charAt(0));
        return b.toString();
    }

    String preferred(String fullName) {
        return preferred.getOrDefault(fullName, fullName);
    }

    Optional<String> withSurname(String word) {
        return Optional.ofNullable(bySurname.get(word));
    }

    /** The full name that ends with this surname and its particle or suffix ("de Blasio" → "Bill de Blasio"). */
    Optional<String> endingWith(String surnameOnly) {
        return Optional.ofNullable(byLastTwoWords.get(surnameOnly));
    }

    /** The one person whose name starts with this word ("Mahinda", or the family name "Yoon" of "Yoon Suk-yeol"). */
    Optional<String> withFirstWord(String word) {
        List<String> names = byFirstWord.getOrDefault(word, List.of());
        return names.size() == 1 ? Optional.of(names.getFirst()) : Optional.empty();
    }

    /** A full name whose surname is a close spelling of this lone word ("Schultz" beside "Olaf Scholz"). */
    Optional<String> closeSurname(String word) {
        List<String> candidates = surnamesByInitial.getOrDefault(word.charAt(0), List.of());
        for (String surname : candidates.subList(0, Math.min(MAX_SPELLING_CANDIDATES, candidates.size()))) {
            int d = PersonName.editDistance(word, surname);
            if (isCloseSpelling(word, surname, d)) return Optional.of(bySurname.get(surname));
        }
        return Optional.empty();
    }

    /**
     * Whether no word or hyphen-joined part of one name is another word in the other: a slip leaves most of each part
     * ("Emmanual" / "Emmanuel"), where two letters that make a whole short part are another name ("Kim Jong-un" /
     * "Kim Jong-il", father and son, whose names are two edits apart; "Rand" / "Ron Paul"). Parts that differ in
     * vowels only, or in case, are one name ("Chung Mong-Joon" / "Mong-Jun", "Meese Iii" / "Meese III"). Names of
     * different shapes are left to the distance alone.
     */
    static boolean noPartRewritten(String a, String b) {
        String[] pa = PART.split(a.toLowerCase(java.util.Locale.ROOT));
        String[] pb = PART.split(b.toLowerCase(java.util.Locale.ROOT));
        if (pa.length != pb.length) return true;
        for (int i = 0; i < pa.length; i++) {
            if (pa[i].equals(pb[i]) || consonants(pa[i]).equals(consonants(pb[i]))) continue;
            if (2 * PersonName.editDistance(pa[i], pb[i]) > Math.min(pa[i].length(), pb[i].length())) return false;
        }
        return true;
    }

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("[\\s-]+");

    /** A part's consonants, doubled ones single: parts that differ in vowels only are one name romanized two ways ("Joon" / "Jun"). */
    private static String consonants(String part) {
        return part.replaceAll("[aeiouy]", "").replaceAll("(.)\\1+", "$1");
    }

    /** Close enough to be a misspelling, not another person: same initial, distance 1 (short) or 2 (6+ letters). */
    static boolean isCloseSpelling(String a, String b, int distance) {
        if (distance == 0 || a.charAt(0) != b.charAt(0)) return false;
        int shorter = Math.min(a.length(), b.length());
        return shorter >= 4 && (distance == 1 || (distance == 2 && shorter >= 6));
    }
}
