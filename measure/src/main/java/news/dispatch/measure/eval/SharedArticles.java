package news.dispatch.measure.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import news.dispatch.index.Schema;
import news.dispatch.search.EntityFilter;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.MentionScope;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;

/**
 * How two person values of a facet meet: the articles naming each (any mention) and the articles naming both. A
 * flag pairing two values is a lead; these counts tell the reader which kind: a value with no article of its own
 * is a form or debris of the other, two values that never share an article may be one person written two ways,
 * and two values named together in many articles are likely two persons (Kim Jong-un and Kim Jong-il).
 */
public interface SharedArticles extends AutoCloseable {
    /** Articles naming the value, or -1 when unknown. */
    int articles(String name);

    /** Articles naming both values, or -1 when unknown. */
    int shared(String a, String b);

    @Override
    default void close() throws IOException {
    }

    /** Nothing known: the flags print without counts (a corpus extracted now). */
    SharedArticles NONE = new SharedArticles() {
        @Override
        public int articles(String name) {
            return -1;
        }

        @Override
        public int shared(String a, String b) {
            return -1;
        }
    };

    /**
     * The counts of an index, every mention counted: one facet count per value asked about (the persons of the
     * articles naming it), kept while the searcher is open.
     */
    static SharedArticles ofIndex(Path index) throws IOException {
        LuceneSearcher searcher = LuceneSearcher.open(index, java.time.Duration.ofMinutes(5));
        Map<String, Map<String, Integer>> beside = new HashMap<>();
        return new SharedArticles() {
            @Override
            public int articles(String name) {
                return besideOf(name).getOrDefault(name, 0);
            }

            @Override
            public int shared(String a, String b) {
                return besideOf(a).getOrDefault(b, 0);
            }

            @Override
            public void close() throws IOException {
                searcher.close();
            }

            private Map<String, Integer> besideOf(String name) {
                return beside.computeIfAbsent(name, n -> {
                    Map<String, Integer> counts = new HashMap<>();
                    // "All of": the persons dimension is counted within the articles naming the value, not sideways.
                    SearchRequest naming = SearchRequest.of("").withFilter(Schema.PERSONS_DIM,
                            new EntityFilter(java.util.List.of(n), EntityFilter.Match.ALL, java.util.List.of()))
                            .withMentions(MentionScope.ALL);
                    try {
                        for (SearchResponse.FacetValue v : searcher.entities(Schema.PERSONS_DIM, "", naming, Integer.MAX_VALUE)) {
                            counts.put(v.value(), v.mentionCount() != null ? v.mentionCount() : v.count());
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return counts;
                });
            }
        };
    }
}
