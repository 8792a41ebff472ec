package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;
import news.dispatch.entity.model.ModelSpan;
import news.dispatch.entity.text.Dateline;
import news.dispatch.entity.text.TitleCase;
import news.dispatch.entity.text.Token;
import news.dispatch.entity.text.Tokenizer;

/**
 * Turns the model's PERSON spans into one entity per person per article: titles and possessives stripped,
 * non-names dropped, each mention named by the fullest form in the article, the variants table, or a close
 * spelling of a name in the article. It reads only the article and read-only tables, so the same article always
 * gives the same persons, whatever was read before or on other threads.
 */
public final class PersonResolver {
    /** Reuters ends every story with "Reuter"; the model glues it to a name on the line before. */
    private static final Set<String> WIRE_SIGN_OFFS = Set.of("reuter", "reuters");
    /** An editor's bracketed given name just before a span: "[Bashar] Assad". */
    private static final Pattern BRACKETED_BEFORE = Pattern.compile("\\[(\\p{Lu}[\\p{L}'-]*)\\]\\s*$");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(\\p{L}) ?- ?(\\p{L})");
    private static final Pattern SPACED_DOT = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}) \\.");
    private static final Pattern SPACED_APOSTROPHE = Pattern.compile("(?<!\\p{L})([OD]) ?(['’]) ?(\\p{Lu})");
    private final PersonVariants variants;
    private final NameForms forms;
    private final NameOpeners openers;
    private final Set<String> notPersons;
    /** True for a name that is really a country or place ("Israel", "Sao Paulo", "Zaporizhzhia" mistagged as persons). */
    private final Predicate<String> placeWord;
    /** Storms, events, buildings and places with a person's shape. */
    private final NotAPerson notAPerson;
    /** Words that make a person-shaped name an organization ("Landesbank", "Brothers"), lower case. */
    private final Set<String> organizationWords;
    /** English given names (nicknames.tsv, both columns). */
    private final Set<String> givenNames;
    /** Surnames too common for a lone one to be resolved from the variants table ("Harris", "Baker"). */
    private final Set<String> commonSurnames;

    public PersonResolver(PersonVariants variants, NameForms forms, NameOpeners openers, Set<String> notPersons,
                   Predicate<String> placeWord, NotAPerson notAPerson, Set<String> organizationWords,
                   Set<String> commonSurnames) {
        this.variants = variants;
        this.forms = forms;
        this.openers = openers;
        this.notPersons = lower(notPersons);
        this.placeWord = placeWord;
        this.notAPerson = notAPerson;
        this.organizationWords = lower(organizationWords);
        this.commonSurnames = Set.copyOf(commonSurnames);
        this.givenNames = Set.copyOf(forms.givenNames());
    }

    /** A cleaned span; {@code question} when its first word is a question's opening verb ({@link NameOpeners#opensQuestion}). */
    private record Raw(String name, int start, int end, boolean question) {
        /** The name without the question's verb, starting at the next word. */
        Raw unquestioned(String text) {
            String rest = name.substring(name.indexOf(' ') + 1);
            int from = text.indexOf(rest.substring(0, rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' ')), start);
            return new Raw(rest, from < 0 || from >= end ? start : from, end, false);
        }
    }

    /** {@code tokens} are the text's own ({@link Tokenizer#tokens}): the caller needs them too, so they are made once. */
    public List<Entity> resolve(String text, List<Token> tokens, List<ModelSpan> spans) {
        List<Dateline> datelines = Dateline.find(text);
        ModelLabels labels = ModelLabels.of(text, spans);
        List<Raw> raws = new ArrayList<>();
        for (ModelSpan s : NameBoundaries.widen(text, spans, placeWord, n -> variants.canonicalOf(n).isPresent())) {
            // "TROY, MICH., Feb 26 -", "ST. PAUL, Minn.": a dateline names a place, never a person.
            if (!s.isPerson() || datelines.stream().anyMatch(d -> s.overlaps(d.start(), d.end()))) continue;
            clean(text, s.start(), s.end()).filter(r -> !labels.mostlyNotPerson(r.name())).ifPresent(raws::add);
        }
        Set<String> statedNames = raws.stream().filter(r -> !r.question()).map(Raw::name).collect(java.util.stream.Collectors.toSet());
        raws.replaceAll(r -> r.question() && !statedNames.contains(r.name()) ? r.unquestioned(text) : r);
        Map<String, String> goesOn = maidenNamesAlone(raws);
        raws.replaceAll(r -> goesOn.containsKey(r.name()) ? new Raw(goesOn.get(r.name()), r.start(), r.end(), false) : r);
        FullNames full = new FullNames(forms);
        for (Raw r : raws) {
            String c = canonical(r.name());
            if (PersonName.isFull(c)) full.add(c);
        }
        full.settle();
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (Raw r : raws) {
            String surface = text.substring(r.start(), r.end());
            String[] named = name(r.name(), full);
            byName.computeIfAbsent(named[0], k -> new ArrayList<>()).add(new Mention(r.start(), r.end(), surface, named[1]));
        }
        UntaggedMentions.add(text, tokens, spans, byName, placeWord);
        return PeerNames.standard().named(text, byName).entrySet().stream().map(e -> new Entity(e.getKey(), null, e.getValue())).toList();
    }

    /**
     * Each two-word name the article also writes with one more surname after it, its second word no given name
     * ("Hillary Rodham" beside "Hillary Rodham Clinton", "Sarah Huckabee" beside "Sarah Huckabee Sanders"), and that
     * longer name: a maiden or family name written without the married one is the same person. Only when the longer
     * name without its middle word is the same person too (the article writes "Sarah Sanders", or the variants table
     * gives "Hillary Rodham Clinton" as Hillary Clinton) — a word glued after a name is no married surname ("Margaret
     * Thatcher Infirmary", "Laura Ingraham Show", "Pope Benedict XVI") — and when a single longer name goes on from it.
     */
    private Map<String, String> maidenNamesAlone(List<Raw> raws) {
        Set<String> written = raws.stream().map(Raw::name).collect(java.util.stream.Collectors.toSet());
        Map<String, Set<String>> longer = new HashMap<>();
        for (Raw r : raws) {
            String[] w = PersonName.words(r.name());
            // Initials in the middle ("George H.W. Bush") are no maiden name: "George H.W." is not "George Bush".
            if (w.length != 3 || w[1].equals(w[2]) || PersonName.isSuffix(w[2]) || NameForms.isInitial(w[1])
                    || w[1].contains(".") || w[1].equals(w[1].toUpperCase(Locale.ROOT))) continue;
            String married = w[0] + " " + w[2];
            if (!written.contains(married) && !canonical(r.name()).equals(married)) continue;
            longer.computeIfAbsent(w[0] + " " + w[1], k -> new java.util.HashSet<>()).add(r.name());
        }
        Map<String, Long> times = raws.stream().collect(java.util.stream.Collectors.groupingBy(Raw::name, java.util.stream.Collectors.counting()));
        Map<String, String> alone = new HashMap<>();
        longer.forEach((two, names) -> {
            String full = names.iterator().next();
            String[] w = PersonName.words(full);
            // The short form is written no more often: a name written more often than the longer one is its own
            // ("Hillary Clinton" beside a headline's "Hillary Clinton Fever" and "Hillary Fever").
            long longerTimes = times.getOrDefault(full, 0L) + times.getOrDefault(w[0] + " " + w[2], 0L);
            if (names.size() == 1 && !givenNames.contains(w[1]) && times.getOrDefault(two, 0L) <= longerTimes) alone.put(two, full);
        });
        return alone;
    }

    /** The table's name for a spelling, tried as written and without initials; else the name without initials. */
    private String canonical(String name) {
        return variants.canonicalOf(name)
                .or(() -> variants.canonicalOf(NameForms.withoutInitials(name)))
                .orElse(NameForms.withoutInitials(name));
    }

    /** The person's name and the reason, for one cleaned span. */
    private String[] name(String raw, FullNames full) {
        if (PersonName.isFull(raw)) {
            // The two last words of a longer name of the article whose first of them is no given name are its
            // surname written alone: "Le Pen" after "Marine Le Pen", "Wasserman Schultz" after "Debbie Wasserman Schultz".
            Optional<String> longer = PersonName.words(raw).length == 2 && !givenNames.contains(PersonName.words(raw)[0])
                    ? full.endingWith(raw) : Optional.empty();
            if (longer.isPresent()) return new String[] {longer.get(), "model PER + part of " + longer.get()};
            String c = canonical(raw);
            String settled = full.preferred(c);
            String reason = settled.equals(raw) ? "model PER"
                    : variants.canonicalOf(raw).isPresent() ? "model PER + variant of " + settled
                    : "model PER + same person as " + settled;
            return new String[] {settled, reason};
        }
        // A lone word: the article's own full name comes first ("Schroeder" after "Patricia Schroeder" is her,
        // whatever the table says), by surname, then by given name ("Mahinda" → Mahinda Rajapaksa, "Yoon" → Yoon Suk-yeol).
        Optional<String> inArticle = PersonName.isSurnameOnly(raw) ? full.endingWith(raw)
                : full.withSurname(raw).or(() -> full.withFirstWord(raw));
        if (inArticle.isPresent()) return new String[] {inArticle.get(), "model PER + part of " + inArticle.get()};
        Optional<String> listed = variants.canonicalOf(raw);
        if (listed.isPresent()) {
            String c = listed.get();
            return new String[] {c, c.equals(raw) ? "model PER" : "model PER + variant of " + c};
        }
        // A surname the table knows is that person, not a misspelling of a similar one ("Reagan" beside "Donald Regan").
        Optional<String> table = commonSurnames.contains(raw) ? Optional.empty() : variants.bySurname(raw);
        if (table.isPresent()) return new String[] {table.get(), "model PER + surname of " + table.get() + " (variants table)"};
        Optional<String> close = full.closeSurname(raw);
        if (close.isPresent()) return new String[] {close.get(), "model PER + close spelling of " + close.get()};
        return new String[] {raw, "model PER"};
    }

    /** The name inside a model span: titles, possessive and odd whitespace removed; empty if it is not a name. */
    private Optional<Raw> clean(String text, int start, int end) {
        String bracketed = "";
        Matcher before = BRACKETED_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        if (before.find() && text.substring(start, end).indexOf(']') < 0) bracketed = before.group(1) + " ";
        List<Token> words = new ArrayList<>(Tokenizer.tokens(text.substring(start, end)).stream()
                .map(t -> new Token(t.text(), t.start() + start, t.end() + start)).toList());
        openers.strip(words, placeWord, givenNames);
        while (words.size() >= 2 && isPossessiveTail(words)) {
            words.removeLast();
            words.removeLast();
        }
        // The wire's sign-off ("... Girozentrale REUTER") and other non-names glued to the end of a span.
        while (!words.isEmpty() && (!words.getLast().isWord() || WIRE_SIGN_OFFS.contains(words.getLast().text().toLowerCase(Locale.ROOT)))) {
            words.removeLast();
        }
        // The next name run into this one, starting with the same given name ("Robert Mueller Robert (Bob) Swan
        // Mueller", a flattened hover card): a person's name does not end with its own English given name.
        if (words.size() >= 3 && words.getLast().text().equals(words.getFirst().text())
                && givenNames.contains(words.getFirst().text())) words.removeLast();
        if (words.isEmpty()) return Optional.empty();
        if (words.stream().anyMatch(w -> organizationWords.contains(w.text().toLowerCase(Locale.ROOT)))) return Optional.empty();
        // A title as the last word is no name ("Jesuit Pope", "Foreign Minister").
        if (openers.isTitle(words.getLast().text())) return Optional.empty();
        int from = words.getFirst().start();
        int to = words.getLast().end();
        // Headlines in capitals: "HOWARD BAKER" is Howard Baker, so that it merges with the body's mentions.
        // Editorial brackets go: "[Bashar] Assad" and "Bashar] Assad" are Bashar Assad.
        String name = TitleCase.of(joinedPunctuation(withoutGluedSentence(unbalancedParentheses(
                (bracketed + text.substring(from, to)).replaceAll("[\\[\\]]", " "))).strip().replaceAll("\\s+", " ")));
        if (name.isEmpty() || notPersons.contains(name.toLowerCase(Locale.ROOT))) return Optional.empty();
        if (name.equals(name.toLowerCase(Locale.ROOT))) return Optional.empty();
        if (placeWord.test(name) || notAPerson.test(name)) return Optional.empty();
        // One word twice ("beat Trump Trump threatening…", two headlines run together) is that word alone: a
        // surname the article or the table completes, not a person "Trump Trump".
        String[] ws = PersonName.words(name);
        if (ws.length >= 2 && java.util.Arrays.stream(ws).allMatch(ws[0]::equals)) name = ws[0];
        return Optional.of(new Raw(name, from, to, openers.opensQuestion(text, name, from, to)));
    }

    /**
     * Editorial brackets in round form: "(Barack) Obama" cut by the model to "Barack) Obama". A balanced pair stays
     * ("Robert (Bob) Swan Mueller").
     */
    static String unbalancedParentheses(String name) {
        long open = name.chars().filter(c -> c == '(').count();
        long close = name.chars().filter(c -> c == ')').count();
        return open == close ? name : name.replaceAll("[()]", " ");
    }

    /**
     * A sentence run into the next without a space ("Eric Holder says.The …", scraped pages): the name ends before
     * the glued full stop, and the lower-case words before it (the verb) go too.
     */
    static String withoutGluedSentence(String name) {
        Matcher glued = GLUED_SENTENCE_END.matcher(name);
        if (!glued.find()) return name;
        String kept = name.substring(0, glued.start() + 1);
        return kept.replaceAll("(\\s+\\p{Ll}[\\p{L}'’-]*)+$", "");
    }

    private static final Pattern GLUED_SENTENCE_END = Pattern.compile("\\p{Ll}[.!?]\\p{Lu}");

    /** Hyphens, initials' dots and apostrophes written with spaces around them ("Owusu - Ekuful", "L . Oyun") close up. */
    private static String joinedPunctuation(String name) {
        return SPACED_HYPHEN.matcher(SPACED_DOT.matcher(SPACED_APOSTROPHE.matcher(name).replaceAll("$1$2$3"))
                .replaceAll("$1.")).replaceAll("$1-$2");
    }

    private static boolean isPossessiveTail(List<Token> words) {
        String last = words.getLast().text();
        String apostrophe = words.get(words.size() - 2).text();
        return (last.equals("s") || last.equals("S")) && (apostrophe.equals("'") || apostrophe.equals("’"));
    }

    private static Set<String> lower(Set<String> words) {
        return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    /** How the model labelled each surface text of the article, so a name it mostly calls a place or body is not a person. */
    private record ModelLabels(Map<String, int[]> counts) {
        static ModelLabels of(String text, List<ModelSpan> spans) {
            Map<String, int[]> counts = new HashMap<>();
            for (ModelSpan s : spans) {
                String key = text.substring(s.start(), s.end()).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                counts.computeIfAbsent(key, k -> new int[2])[s.isPerson() ? 0 : 1]++;
            }
            return new ModelLabels(counts);
        }

        boolean mostlyNotPerson(String name) {
            int[] c = counts.get(name.toLowerCase(Locale.ROOT));
            return c != null && c[1] > c[0];
        }
    }
}
