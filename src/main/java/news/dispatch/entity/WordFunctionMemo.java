package news.dispatch.entity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A pure function of a word with its answers kept. The CRF's word function (for the English models CoreNLP's
 * {@code AmericanizeFunction}) is applied each time the feature factory reads a word, to the word itself and to every
 * neighbour in its window, so each token passes through it a dozen times or more, and its regular expressions were
 * ~7 % of extraction time (profiled on held-out news); the ICU transliterations of names across scripts were ~35 % of
 * indexing a Slavic article (issue 23), each name read by several rules. Exact: the function is pure, so a kept answer
 * is the answer. Bounded: cleared when it holds its bound of words (news vocabulary refills it with the frequent
 * ones). Thread-safe.
 */
public final class WordFunctionMemo implements Function<String, String> {
    /** Distinct words kept by default, some 10–20 MB at most. */
    static final int MAX_WORDS = 200_000;
    private final Function<String, String> function;
    private final int maxWords;
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    public WordFunctionMemo(Function<String, String> function) {
        this(function, MAX_WORDS);
    }

    /** A memo of at most {@code maxWords} words, for a function asked about fewer words than a CRF reads. */
    public WordFunctionMemo(Function<String, String> function, int maxWords) {
        this.function = function;
        this.maxWords = maxWords;
    }

    @Override
    public String apply(String word) {
        if (word == null) return function.apply(null);
        String answer = answers.get(word);
        if (answer == null) {
            answer = function.apply(word);
            if (answer == null) return null;
            if (answers.size() >= maxWords) answers.clear();
            answers.put(word, answer);
        }
        return answer;
    }

    int size() {
        return answers.size();
    }
}
