package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A word function (the CRF's, a transliteration) is asked once per word and answers as before. */
class WordFunctionMemoTest {

    @Test
    void aWordSeenBeforeIsAnsweredWithoutAskingTheFunctionAgain() {
        AtomicInteger calls = new AtomicInteger();
        WordFunctionMemo memo = new WordFunctionMemo(w -> {
            calls.incrementAndGet();
            return w.replace("our", "or");
        });
        assertEquals("color", memo.apply("colour"));
        assertEquals("color", memo.apply("colour"));
        assertEquals("Labor", memo.apply("Labour"));
        assertEquals(2, calls.get());
    }

    @Test
    void theMemoHoldsNoMoreThanItsBound() {
        WordFunctionMemo memo = new WordFunctionMemo(w -> w);
        for (int i = 0; i < WordFunctionMemo.MAX_WORDS + 10; i++) memo.apply("word" + i);
        assertTrue(memo.size() <= WordFunctionMemo.MAX_WORDS, "held " + memo.size());
    }

    @Test
    void aMemoGivenASmallerBoundHoldsNoMoreThanThat() {
        WordFunctionMemo memo = new WordFunctionMemo(w -> w, 100);
        for (int i = 0; i < 250; i++) memo.apply("word" + i);
        assertTrue(memo.size() <= 100, "held " + memo.size());
        assertEquals("word7", memo.apply("word7"));
    }
}
