package news.dispatch.search;

import java.util.List;

/** Tells the user that a word of the query also matched other spellings: {@code Kiev} also matches {@code Kyiv}. */
public record AliasNote(String term, List<String> alsoMatches) {
}
