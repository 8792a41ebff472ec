package news.dispatch.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import news.dispatch.entity.Entities;
import news.dispatch.entity.EntityExtractor;
import news.dispatch.index.Indexer;

/**
 * A tiny real index of a test's own articles, built without the entity extractor (so it is fast and only the search
 * side is under test). Only the plumbing is shared: each test keeps its articles inline, where the reader sees them.
 */
final class TinyIndex {
    private TinyIndex() {
    }

    /** Writes {@code jsonl} as the one feed of {@code dir/corpus}, indexes it into {@code dir/index} and returns that. */
    static Path build(Path dir, CharSequence jsonl) throws IOException {
        return build(dir, jsonl, text -> Entities.NONE);
    }

    /** As {@link #build(Path, CharSequence)}, with {@code extractor} giving each article its entities. */
    static Path build(Path dir, CharSequence jsonl, EntityExtractor extractor) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("news.jsonl"), jsonl);
        Path index = dir.resolve("index");
        new Indexer(index, extractor, p -> { }, 1).run(List.of(corpus), false);
        return index;
    }

    /** Indexes (or indexes again) every file of {@code corpus} into {@code index}, without entities. */
    static void index(Path corpus, Path index) throws IOException {
        new Indexer(index, text -> Entities.NONE, p -> { }, 1).run(List.of(corpus), false);
    }

    /** A searcher with no alias groups: a test sees only what the index and the query rules find. */
    static LuceneSearcher open(Path index) throws IOException {
        return LuceneSearcher.open(index, new QueryAliasMap(List.of()));
    }

    /** The hits' article ids in id order, for tests about which articles are found rather than how they rank. */
    static List<String> sortedIds(SearchResponse response) {
        return response.hits().stream().map(SearchResponse.Hit::id).sorted().toList();
    }
}
