package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.text.Token;

/**
 * Words that open no name, one step for every kind (name-openers.tsv): a title ("President Joe Biden"), a share
 * button flattened before a caption ("Pinterest Donald Trump Jr"), a question's opening verb ("Will Hillary Clinton
 * testify?", "Will Clinton get a pass?"), and a caption's place before a full name ("… in Ferguson Michael Brown Sr.
 * and Lesley McSpadden"). The model takes each into the person span; each class of the table says when its word goes.
 */
public final class NameOpeners {
    /** A class of name-openers.tsv. */
    enum Kind { TITLE, SHARE_BUTTON, QUESTION_VERB }

    /**
     * What comes before a question's first word: the start of a line, a question or exclamation mark, a colon, or a
     * full stop after a word that is no title ("White House. Will Clinton's campaign be doomed?"; "Rep. Will Hurd" and
     * "Reps. Will Hurd" are a title's, not a sentence's).
     */
    private static final Pattern QUESTION_START = Pattern.compile("(?:\\n|[?!:]|(?<![\\p{L}.])(\\p{L}+)\\.)[\"”’)]?\\s*[\"“‘]?$");
    /**
     * What follows a question's subject: its verb in lower case ("Will Clinton get a pass?", "Will Trump's victory
     * redefine …"). A name followed by a comma, a colon or a line end is a person introduced ("Will Marshall: …",
     * "Will Jennings, a professor").
     */
    private static final Pattern QUESTION_GOES_ON = Pattern.compile("^(?:['’]s)?\\s+\\p{Ll}");

    private static final class Standard {
        static final NameOpeners TABLE = new NameOpeners(GazetteerFile.tsv("name-openers.tsv"));
    }

    /** Titles and share buttons lower case, question verbs as written (capitalized, as they open a sentence). */
    private final Map<String, Kind> words = new HashMap<>();

    NameOpeners(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            Kind kind = Kind.valueOf(row.get("class").toUpperCase(Locale.ROOT).replace('-', '_'));
            String word = row.get("word");
            words.put(kind == Kind.QUESTION_VERB ? word : word.toLowerCase(Locale.ROOT), kind);
        }
    }

    /** The table in src/main/resources. */
    public static NameOpeners standard() {
        return Standard.TABLE;
    }

    /** The title words as written in the table, lower case ("president", "mr."). */
    public Set<String> titles() {
        return Set.copyOf(words.entrySet().stream().filter(e -> e.getValue() == Kind.TITLE).map(Map.Entry::getKey).toList());
    }

    /** Whether a word is a title, with or without its dot ("Gov", "Gov."). */
    public boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return words.get(w) == Kind.TITLE || words.get(w + ".") == Kind.TITLE;
    }

    /**
     * Removes from the front of a span's words those that open no name: titles and punctuation always, a share
     * button and a question verb when a name follows (a question verb before a full name, two words or more), a place
     * that is no given name before a full name opening with a given name (a gallery's title run into its caption).
     */
    void strip(List<Token> span, Predicate<String> placeWord, Set<String> givenNames) {
        while (!span.isEmpty()) {
            Token first = span.getFirst();
            Kind kind = kindOf(first.text());
            boolean opensNoName = !first.isWord() || isTitle(first.text())
                    || kind == Kind.SHARE_BUTTON && span.size() >= 2
                    || kind == Kind.QUESTION_VERB && span.size() >= 3
                    || span.size() >= 3 && placeWord.test(first.text()) && !givenNames.contains(first.text())
                    && givenNames.contains(span.get(1).text());
            if (!opensNoName) return;
            span.removeFirst();
        }
    }

    /**
     * Whether a two-word name opens with a question verb in a question: at a text's or sentence's start and followed
     * by a lower-case verb. The caller keeps the name when the article writes it elsewhere not so.
     *
     * @param from where the name starts in {@code text}
     * @param to   where it ends
     */
    boolean opensQuestion(String text, String name, int from, int to) {
        String[] ws = PersonName.words(name);
        if (ws.length != 2 || kindOf(ws[0]) != Kind.QUESTION_VERB) return false;
        if (!QUESTION_GOES_ON.matcher(text.substring(to, Math.min(text.length(), to + 40))).find()) return false;
        if (from == 0) return true;
        Matcher start = QUESTION_START.matcher(text.substring(Math.max(0, from - 40), from));
        if (!start.find()) return false;
        String stopped = start.group(1);
        if (stopped == null) return true;
        // A word before a full stop opens a sentence after it unless it is a title or its plural ("Reps."), or an
        // initial ("George W. Will").
        boolean capitalized = Character.isUpperCase(stopped.codePointAt(0));
        return !capitalized || stopped.length() > 1 && !isTitle(stopped) && !isTitle(stopped.substring(0, stopped.length() - 1));
    }

    private Kind kindOf(String word) {
        Kind asWritten = words.get(word);
        if (asWritten == Kind.QUESTION_VERB) return asWritten;
        Kind lower = words.get(word.toLowerCase(Locale.ROOT));
        return lower == Kind.QUESTION_VERB ? null : lower;
    }
}
