package news.dispatch.measure.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import news.dispatch.entity.Entities;
import news.dispatch.entity.EntityExtractor;
import news.dispatch.cli.OrderedParallel;

/**
 * Entities by text, so the growth series does not spend hours re-extracting copies of the same articles. While
 * recording it extracts every text (timed runs stay honest); while replaying it answers from memory and extracts
 * only texts it has not seen.
 */
final class EntityCache implements EntityExtractor {
    /** What the extractor reads: the text and its language (null when unknown), which chooses the analysis. */
    record Input(String text, String language) {
    }

    private final Supplier<EntityExtractor> load;
    private final Map<Input, Entities> byText = new ConcurrentHashMap<>();
    private volatile EntityExtractor extractor;
    private volatile boolean replaying;

    /** The extractor is loaded on first use: a search-only run does not pay for the model. */
    EntityCache(Supplier<EntityExtractor> load) {
        this.load = load;
    }

    @Override
    public Entities extract(String text) {
        return extract(text, null);
    }

    /** Passes the language on: without it every article would be read as English, whatever its language. */
    @Override
    public Entities extract(String text, String language) {
        Input input = new Input(text, language);
        Entities known = replaying ? byText.get(input) : null;
        if (known != null) return known;
        Entities found = extractor().extract(text, language);
        byText.put(input, found);
        return found;
    }

    Entities extract(Input input) {
        return extract(input.text(), input.language());
    }

    private EntityExtractor extractor() {
        if (extractor == null) {
            synchronized (this) {
                if (extractor == null) extractor = load.get();
            }
        }
        return extractor;
    }

    /** Fills the cache for texts not yet seen (untimed: used when the indexing section did not run). */
    void fill(List<Input> inputs, int threads) throws InterruptedException {
        OrderedParallel.map(inputs.stream().filter(i -> !byText.containsKey(i)).iterator(), this::extract, e -> { },
                threads);
    }

    /** From now on, known texts are answered from the cache. */
    EntityCache replaying() {
        replaying = true;
        return this;
    }

    /** Back to extracting every text. */
    EntityCache recording() {
        replaying = false;
        return this;
    }
}
