package news.dispatch.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Limits on the values an index keeps as one exact term (the id, the language): an index term has a hard limit of
 * 32,766 UTF-8 bytes, and a value near it is never a real id or language code. An over-long id is shortened to a
 * readable head and a hash of the whole value, so it stays unique and the same on every run; an over-long language is
 * dropped. Either way the caller reports a warning with the file and line.
 */
public final class ArticleKeys {
    /** Longer ids (in characters; URLs used as ids reach a few hundred) are shortened. */
    static final int MAX_ID_CHARS = 512;
    /** Characters of the original id kept in front of the hash. */
    static final int ID_HEAD_CHARS = 200;
    /** BCP 47 language tags are at most 35 characters. */
    static final int MAX_LANGUAGE_CHARS = 35;

    private ArticleKeys() {
    }

    /**
     * The id as the index keeps it: itself, or when too long its head and a hash of all of it, reported to
     * {@code warnings} ({@code what} names where the id came from: "id", "guid", "url (used as the id)").
     */
    public static String boundedId(String id, String what, Consumer<String> warnings) {
        if (!idTooLong(id)) return id;
        warnings.accept("the " + what + " has " + id.length() + " characters (at most " + MAX_ID_CHARS
                + "); the article's id is its first " + ID_HEAD_CHARS + " characters and a hash of the rest");
        return shortenedId(id);
    }

    /** The language as the index keeps it: itself, or null (reported to {@code warnings}) when it is no language code. */
    public static String boundedLanguage(String language, Consumer<String> warnings) {
        if (language == null || languageUsable(language)) return language;
        warnings.accept("language of " + language.length() + " characters is not a language code;"
                + " article read without a language");
        return null;
    }

    static boolean idTooLong(String id) {
        return id.length() > MAX_ID_CHARS;
    }

    /** A short, stable stand-in for an over-long id: its first characters, "~", and a hash of all of it. */
    static String shortenedId(String id) {
        int head = ID_HEAD_CHARS;
        // Never cut a surrogate pair in two.
        if (Character.isHighSurrogate(id.charAt(head - 1))) head--;
        return id.substring(0, head) + "~" + shortHash(id);
    }

    static boolean languageUsable(String language) {
        return language.length() <= MAX_LANGUAGE_CHARS && language.chars().noneMatch(Character::isWhitespace);
    }

    /** The first 128 bits of the text's SHA-256 in hex: a stable key for a value too long or too loose to be one. */
    public static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
