package news.dispatch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.EntityExtractor;

/**
 * One batch of articles through the indexing policy, for {@link IndexingPipeline} (a run over folders, into the
 * embedded index or a collection) and {@link LiveIndexWriter} (feeds and watched folders, batch by batch, into the
 * served index): the one place that decides, from what the sink holds, which article another live source owns
 * (skipped and reported, {@link IdOwnership}), which is a copy of the item held ({@link IndexSink#holdsCopy}) or
 * unchanged (same content hash: left alone), which is extracted ({@link Extraction}, a failure costing only the
 * entities) and stored, what a document the sink refuses costs (that article, reported), and that counts each.
 */
final class IndexingBatch {
    /** What a batch did: {@code written} holds the ids stored (added or rewritten), with their text's bytes. */
    record Result(int added, int updated, int unchanged, int skipped, int warnings, long textBytes,
                  Set<String> written) {
    }

    private IndexingBatch() {
    }

    /**
     * Writes {@code articles} (ids unique among them) from a source whose folders are {@code roots} into {@code sink};
     * every problem (skipped or a warning) goes to {@code problems}.
     */
    static Result write(IndexSink sink, List<Path> roots, EntityExtractor extractor, List<Article> articles,
                        Consumer<Problem> problems) throws IOException {
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger warnings = new AtomicInteger();
        Consumer<Problem> skip = p -> {
            skipped.incrementAndGet();
            problems.accept(p);
        };
        Consumer<Problem> warn = p -> {
            warnings.incrementAndGet();
            problems.accept(p);
        };
        Map<String, IndexSink.Held> held = sink.held(articles);
        List<IndexSink.Ready> ready = new ArrayList<>();
        for (Article article : articles) {
            IndexSink.Held before = held.get(article.id());
            if (!claimed(sink, roots, article, before, unchanged, skip)) continue;
            String hash = ArticleDocument.hash(article);
            if (before != null && hash.equals(before.hash())) {
                unchanged.incrementAndGet();
                continue;
            }
            ready.add(new IndexSink.Ready(article, IndexingPipeline.extract(extractor, article, warn), hash));
        }
        if (ready.isEmpty()) return new Result(0, 0, unchanged.get(), skipped.get(), warnings.get(), 0, Set.of());
        // Whether the sink held the id when the document was stored: an update, else an addition.
        Map<String, Boolean> wasHeld = new ConcurrentHashMap<>();
        ready.forEach(r -> wasHeld.put(r.article().id(), held.containsKey(r.article().id())));
        Set<String> left = ConcurrentHashMap.newKeySet();
        sink.store(ready, new IndexSink.Outcome() {
            @Override
            public void warning(Article article, String reason) {
                warn.accept(IndexingPipeline.warning(article, reason));
            }

            @Override
            public void refused(Article article, String reason) {
                // The article is skipped and reported, the run goes on, and the next run does not stop at it either.
                left.add(article.id());
                skip.accept(IndexingPipeline.refused(article, reason));
            }

            @Override
            public boolean mayWrite(Article article, IndexSink.Held now) throws IOException {
                if (!claimed(sink, roots, article, now, unchanged, skip)) {
                    left.add(article.id());
                    return false;
                }
                wasHeld.put(article.id(), now != null);
                return true;
            }
        });
        int added = 0;
        int updated = 0;
        long textBytes = 0;
        Set<String> written = ConcurrentHashMap.newKeySet();
        for (IndexSink.Ready r : ready) {
            Article a = r.article();
            if (left.contains(a.id())) continue;
            textBytes += a.title().getBytes(StandardCharsets.UTF_8).length
                    + a.body().getBytes(StandardCharsets.UTF_8).length;
            if (wasHeld.get(a.id())) updated++;
            else added++;
            written.add(a.id());
        }
        return new Result(added, updated, unchanged.get(), skipped.get(), warnings.get(), textBytes, written);
    }

    /**
     * Whether the article's source may write its id, held as {@code held} (null: not held): not when another live
     * source owns it (reported to {@code skip}) or holds this very item (a copy: counted {@code unchanged}).
     */
    private static boolean claimed(IndexSink sink, List<Path> roots, Article article, IndexSink.Held held,
                                   AtomicInteger unchanged, Consumer<Problem> skip) throws IOException {
        String refusal = held == null ? null : IdOwnership.refusal(article, held.origin(), roots);
        if (refusal == null) return true;
        if (sink.holdsCopy(article, held)) unchanged.incrementAndGet();
        else skip.accept(IndexingPipeline.ownership(article, refusal));
        return false;
    }
}
