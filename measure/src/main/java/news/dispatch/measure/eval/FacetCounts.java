package news.dispatch.measure.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.dispatch.corpus.Article;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.CorpusVisitor;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entity;
import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.index.Schema;
import news.dispatch.index.StoredEntities;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;

/** Articles per person facet value: as an index holds them, or as the indexer would make them from corpora. */
public final class FacetCounts {
    private FacetCounts() {
    }

    public static Map<String, Integer> ofIndex(Path index) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        // Counting every value of a large index is no interactive search: a busy machine must not stop it at the
        // request budget.
        try (LuceneSearcher searcher = LuceneSearcher.open(index, java.time.Duration.ofMinutes(5))) {
            for (SearchResponse.FacetValue v : searcher.entities(Schema.PERSONS_DIM, "", SearchRequest.of(""), Integer.MAX_VALUE)) {
                counts.put(v.value(), v.count());
            }
        }
        return counts;
    }

    /** Extracts every article of the corpora as the indexer does (title and body) and counts the facet's persons. */
    public static Map<String, Integer> ofCorpora(List<Path> corpora, int threads, PrintWriter progress) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path corpus : corpora) {
            Corpus.walk(corpus, new CorpusVisitor() {
                @Override
                public void article(Article a) {
                    texts.add(StoredEntities.extractorText(a.title(), a.body()));
                }

                @Override
                public void problem(Problem p) {
                    if (p.skipped()) progress.println(p);
                }
            });
        }
        progress.printf("%d articles from %s%n", texts.size(), corpora);
        progress.flush();
        NewsEntityExtractor extractor = NewsEntityExtractor.load();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<String>>> persons = new ArrayList<>();
            for (String text : texts) {
                persons.add(pool.submit(() -> extractor.extract(text).persons().stream().map(Entity::name)
                        .filter(NewsEntityExtractor::identifies).distinct().toList()));
            }
            Map<String, Integer> counts = new TreeMap<>();
            for (Future<List<String>> f : persons) for (String p : f.get()) counts.merge(p, 1, Integer::sum);
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }
}
