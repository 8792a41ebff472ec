package news.dispatch.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns the model's PERSON spans into one entity per person per article: titles and possessives stripped,
 * non-names dropped, each mention named by the fullest form in the article, the variants table, a close
 * spelling of a name in the article, or a full name seen earlier by this extractor.
 */
final class PersonResolver {
    /** Reuters ends every story with "Reuter"; the model glues it to a name on the line before. */
    private static final Set<String> WIRE_SIGN_OFFS = Set.of("reuter", "reuters");
    private final PersonVariants variants;
    private final KnownPersons known;
    private final Set<String> titles;
    private final Set<String> notPersons;
    /** True for a name that is really a country or place ("Israel", "Sao Paulo", "Zaporizhzhia" mistagged as persons). */
    private final Predicate<String> placeWord;

    /** Words that make a person-shaped name an organization ("Landesbank", "Brothers"), lower case. */
    private final Set<String> organizationWords;
    /** Surnames too common for a lone one to be resolved outside its own article ("Harris", "Baker"). */
    private final Set<String> commonSurnames;

    PersonResolver(PersonVariants variants, KnownPersons known, Set<String> titles, Set<String> notPersons,
                   Predicate<String> placeWord, Set<String> organizationWords, Set<String> commonSurnames) {
        this.variants = variants;
        this.known = known;
        this.titles = lower(titles);
        this.notPersons = lower(notPersons);
        this.placeWord = placeWord;
        this.organizationWords = lower(organizationWords);
        this.commonSurnames = Set.copyOf(commonSurnames);
    }

    private record Raw(String name, int start, int end) {
    }

    private record Named(String canonical, Mention mention) {
    }

    List<Entity> resolve(String text, List<ModelSpan> spans) {
        List<Dateline> datelines = Dateline.find(text);
        List<Raw> raws = new ArrayList<>();
        for (ModelSpan s : joinHyphenated(text, spans)) {
            // "TROY, MICH., Feb 26 -", "ST. PAUL, Minn.": a dateline names a place, never a person.
            if (!s.isPerson() || datelines.stream().anyMatch(d -> s.overlaps(d.start(), d.end()))) continue;
            clean(text, s.start(), s.end()).ifPresent(raws::add);
        }
        Map<String, Integer> fullCounts = new LinkedHashMap<>();
        for (Raw r : raws) {
            String c = variants.canonicalOf(r.name()).orElse(r.name());
            if (PersonName.isFull(c)) fullCounts.merge(c, 1, Integer::sum);
        }
        Map<String, String> merged = mergeCloseFullNames(fullCounts);
        List<Named> named = new ArrayList<>();
        for (Raw r : raws) named.add(name(text, r, fullCounts, merged));
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (Named n : named) byName.computeIfAbsent(n.canonical(), k -> new ArrayList<>()).add(n.mention());
        byName.keySet().forEach(known::remember);
        return byName.entrySet().stream().map(e -> new Entity(e.getKey(), null, e.getValue())).toList();
    }

    private Named name(String text, Raw r, Map<String, Integer> fullCounts, Map<String, String> merged) {
        String surface = text.substring(r.start(), r.end());
        if (!PersonName.isFull(r.name())) {
            // The article's own full name comes first: "Schroeder" after "Patricia Schroeder" is her, whatever the table says.
            Optional<String> inArticle = fullNameWithSurname(r.name(), fullCounts);
            if (inArticle.isPresent()) {
                String c = merged.getOrDefault(inArticle.get(), inArticle.get());
                return new Named(c, new Mention(r.start(), r.end(), surface, "model PER + surname of " + c));
            }
        }
        Optional<String> listed = variants.canonicalOf(r.name());
        if (listed.isPresent()) {
            String c = merged.getOrDefault(listed.get(), listed.get());
            String reason = c.equals(r.name()) ? "model PER" : "model PER + variant of " + c;
            if (!PersonName.isFull(r.name()) && PersonName.isFull(c) && PersonName.surname(c).equals(r.name())) {
                reason = "model PER + surname of " + c;
            }
            return new Named(c, new Mention(r.start(), r.end(), surface, reason));
        }
        if (PersonName.isFull(r.name())) {
            String c = merged.getOrDefault(r.name(), r.name());
            String reason = c.equals(r.name()) ? "model PER" : "model PER + close spelling of " + c;
            return new Named(c, new Mention(r.start(), r.end(), surface, reason));
        }
        var resolved = resolveSurname(r.name(), fullCounts, merged);
        return new Named(resolved[0], new Mention(r.start(), r.end(), surface, resolved[1]));
    }

    /** The most frequent full name of the article ending with {@code word}. */
    private static Optional<String> fullNameWithSurname(String word, Map<String, Integer> fullCounts) {
        String best = null;
        for (var e : fullCounts.entrySet()) {
            if (PersonName.surname(e.getKey()).equals(word) && (best == null || e.getValue() > fullCounts.get(best))) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A one-word name with no full name of that surname in the article: a close spelling of one, the table, or memory. */
    private String[] resolveSurname(String word, Map<String, Integer> fullCounts, Map<String, String> merged) {
        boolean common = commonSurnames.contains(word);
        // A surname the table knows is that person, not a misspelling of a similar one ("Reagan" beside "Donald Regan").
        Optional<String> table = common ? Optional.empty() : variants.bySurname(word);
        if (table.isPresent()) return new String[] {table.get(), "model PER + surname of " + table.get() + " (variants table)"};
        for (String full : fullCounts.keySet()) {
            int d = PersonName.editDistance(word, PersonName.surname(full));
            if (isCloseSpelling(word, PersonName.surname(full), d)) {
                String c = merged.getOrDefault(full, full);
                return new String[] {c, "model PER + close spelling of " + c + " (edit distance " + d + ")"};
            }
        }
        if (common) return new String[] {word, "model PER"};
        Optional<String> seen = known.bySurname(word);
        if (seen.isPresent()) return new String[] {seen.get(), "model PER + surname of " + seen.get() + " (seen earlier)"};
        return new String[] {word, "model PER"};
    }

    /**
     * The model's tokenizer splits "Jean-Claude Paye" at the hyphen and may tag the halves as two persons
     * ("Jean", "Claude Paye"): person spans joined by a bare hyphen are one name.
     */
    private static List<ModelSpan> joinHyphenated(String text, List<ModelSpan> spans) {
        List<ModelSpan> joined = new ArrayList<>();
        for (ModelSpan s : spans) {
            ModelSpan last = joined.isEmpty() ? null : joined.getLast();
            if (last != null && last.isPerson() && s.isPerson() && s.start() == last.end() + 1 && text.charAt(last.end()) == '-') {
                joined.set(joined.size() - 1, new ModelSpan(last.tag(), last.start(), s.end()));
            } else {
                joined.add(s);
            }
        }
        return joined;
    }

    /** Full names in one article that differ by a typo ("Emmanual Macron") go to the more frequent spelling. */
    private static Map<String, String> mergeCloseFullNames(Map<String, Integer> fullCounts) {
        Map<String, String> merged = new HashMap<>();
        List<String> names = List.copyOf(fullCounts.keySet());
        for (String a : names) {
            for (String b : names) {
                if (a.equals(b) || merged.containsKey(b)) continue;
                boolean bPreferred = fullCounts.get(b) > fullCounts.get(a)
                        || (fullCounts.get(b).equals(fullCounts.get(a)) && names.indexOf(b) < names.indexOf(a));
                int d = PersonName.editDistance(a, b);
                if (bPreferred && isCloseSpelling(a, b, d) && PersonName.words(a).length == PersonName.words(b).length) {
                    merged.put(a, b);
                    break;
                }
            }
        }
        return merged;
    }

    /** Close enough to be a misspelling, not another person: same initial, distance 1 (short) or 2 (6+ letters). */
    private static boolean isCloseSpelling(String a, String b, int distance) {
        if (distance == 0 || a.charAt(0) != b.charAt(0)) return false;
        int shorter = Math.min(a.length(), b.length());
        return shorter >= 4 && (distance == 1 || (distance == 2 && shorter >= 6));
    }

    /** The name inside a model span: titles, possessive and odd whitespace removed; empty if it is not a name. */
    private Optional<Raw> clean(String text, int start, int end) {
        List<Token> words = new ArrayList<>(Tokenizer.tokens(text.substring(start, end)).stream()
                .map(t -> new Token(t.text(), t.start() + start, t.end() + start)).toList());
        while (!words.isEmpty() && (isTitle(words.getFirst()) || !words.getFirst().isWord())) words.removeFirst();
        while (words.size() >= 2 && isPossessiveTail(words)) {
            words.removeLast();
            words.removeLast();
        }
        // The wire's sign-off ("... Girozentrale REUTER") and other non-names glued to the end of a span.
        while (!words.isEmpty() && (!words.getLast().isWord() || WIRE_SIGN_OFFS.contains(words.getLast().text().toLowerCase(Locale.ROOT)))) {
            words.removeLast();
        }
        if (words.isEmpty()) return Optional.empty();
        if (words.stream().anyMatch(w -> organizationWords.contains(w.text().toLowerCase(Locale.ROOT)))) return Optional.empty();
        int from = words.getFirst().start();
        int to = words.getLast().end();
        // Headlines in capitals: "HOWARD BAKER" is Howard Baker, so that it merges with the body's mentions.
        String name = TitleCase.of(text.substring(from, to).replaceAll("\\s+", " "));
        if (notPersons.contains(name.toLowerCase(Locale.ROOT))) return Optional.empty();
        if (name.equals(name.toLowerCase(Locale.ROOT))) return Optional.empty();
        if (placeWord.test(name)) return Optional.empty();
        return Optional.of(new Raw(name, from, to));
    }

    private boolean isTitle(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return titles.contains(w) || titles.contains(w + ".");
    }

    private static boolean isPossessiveTail(List<Token> words) {
        String last = words.getLast().text();
        String apostrophe = words.get(words.size() - 2).text();
        return (last.equals("s") || last.equals("S")) && (apostrophe.equals("'") || apostrophe.equals("’"));
    }

    private static Set<String> lower(Set<String> words) {
        return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }
}
