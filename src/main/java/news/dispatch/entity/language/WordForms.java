package news.dispatch.entity.language;

import java.util.List;

/**
 * How a language writes one word of a name in running text: the key a name's word is indexed under, and the keys
 * a written word may stand for once its endings or attached particles are taken off. Two words are the same when
 * a key of the written word is the name word's key.
 */
public interface WordForms {
    /** The key of a word of a known name, as the table spells it ("Rosja" → "rosj"). */
    String key(String nameWord);

    /** The keys a written word may have ("Rosji" → "rosji", "rosj", "ros" …): itself and what is left without an ending. */
    List<String> keysOf(String written);

    /**
     * Whether {@code written}, one of whose keys is {@code key}, is a form of {@code nameWord} and not a like-spelled
     * other word (an adjective, a person's name): by default, yes.
     */
    default boolean accepts(String nameWord, String key, String written) {
        return true;
    }

    /** The forms of the language of {@code language} (ISO 639-1): Slavic endings, Arabic clitics, or as written. */
    static WordForms of(String language) {
        return switch (language) {
            case "hr", "bs", "sr" -> SlavicWordForms.CROATIAN;
            case "bg", "cs", "pl", "ru", "sk", "sl", "uk", "mk", "be" -> SlavicWordForms.INSTANCE;
            case "ar" -> ArabicWordForms.INSTANCE;
            default -> SlavicWordForms.EXACT;
        };
    }
}
