package news.dispatch.entity.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A CRF's word function (for the English models CoreNLP's {@code AmericanizeFunction}) with its answers kept. The
 * feature factory applies the function each time it reads a word, to the word itself and to every neighbour in its
 * window, so each token passes through it a dozen times or more, and its regular expressions were ~7 % of
 * extraction time (profiled on held-out news). Exact: the function is pure, so a kept answer is the answer.
 * Bounded: cleared when it holds {@link #MAX_WORDS} words (news vocabulary refills it with the frequent ones).
 * Thread-safe.
 */
final class WordFunctionMemo implements Function<String, String> {
    /** Distinct words kept, some 10–20 MB at most. */
    static final int MAX_WORDS = 200_000;
    private final Function<String, String> function;
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    WordFunctionMemo(Function<String, String> function) {
        this.function = function;
    }

    @Override
    public String apply(String word) {
        if (word == null) return function.apply(null);
        String answer = answers.get(word);
        if (answer == null) {
            answer = function.apply(word);
            if (answer == null) return null;
            if (answers.size() >= MAX_WORDS) answers.clear();
            answers.put(word, answer);
        }
        return answer;
    }

    int size() {
        return answers.size();
    }
}
