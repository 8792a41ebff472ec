package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The Ukrainian chain's 7 MB dictionary is read once however many threads make their first chain at once (a searcher
 * opening while the alias tables are built on another thread): a second copy pushed a 32 MB export out of its heap.
 * Asked in a JVM of its own, as one where another test already read the dictionary would prove nothing.
 */
class UkrainianDictionaryTest {
    @Test
    void twoThreadsMakingTheirFirstUkrainianChainAtOnceShareOneDictionary() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                UkrainianDictionaryTest.class.getName())).redirectErrorStream(true).start();
        String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(child.waitFor(2, TimeUnit.MINUTES), said);
        assertEquals(0, child.exitValue(), said);
        assertEquals("one dictionary", said);
    }

    /** The child: two threads, released together, each make the chain and hand back the dictionary it reads with. */
    public static void main(String[] args) throws Exception {
        var dictionary = UkrainianMorfologikAnalyzer.class.getDeclaredField("dictionary");
        dictionary.setAccessible(true);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Object> make = () -> {
            go.await();
            Analyzer chain = LanguageChains.analyzer("uk");
            return dictionary.get(chain);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<Object> first = threads.submit(make);
        Future<Object> second = threads.submit(make);
        go.countDown();
        System.out.println(first.get() == second.get() ? "one dictionary" : "two dictionaries");
        threads.shutdown();
    }
}
