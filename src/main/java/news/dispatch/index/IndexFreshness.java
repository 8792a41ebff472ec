package news.dispatch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Whether an index is missing or older than its corpus, so that the main job indexes only when it must. */
public final class IndexFreshness {
    static final String FINGERPRINT = "corpus_fingerprint";
    static final String INDEXED_AT = "indexed_at";
    /**
     * How fallback ids are made. "folder-name/path" since ids of different corpus folders had to differ; an index
     * without it holds the older ids (the bare path) and is renamed article by article by the next run over a folder.
     */
    static final String ID_SCHEME = "id_scheme";
    static final String CURRENT_ID_SCHEME = "folder-name/path";
    /**
     * How documents are made: "about" since each entity also carries its about set, "stories" since each article
     * also carries its story signature and bands (an older article would stay a story of its own), "focus-2" since a
     * country named once in the first sentence is no longer one the article is about and a dateline's "Del" or
     * "Calif" without its period reads as a US state, and "de Blasio" or "Trump Jr" alone is the person named in full
     * (an older article keeps the older sets), "cards" since a scraped page's hover cards (a linked person's legal name
     * and other stories' headlines) name no entity of the article and a name in a credit ("(Reuters) -", "AP
     * Photo/…") makes no entity one the article is about (and a Korean name's lone surname, "Moon" of "Moon Jae-in",
     * is found), "languages" since every article carries its language (given or detected) as a facet and a
     * non-English one is also read by its language's analysis and by the cross-script keys, "compact" since the story
     * signature keeps a byte a hash and no band terms, and the entities are stored compactly ({@link CompactEntities};
     * issue 29: the index half its size; an older document still reads), "carried" since the outlet is a facet
     * ({@link Schema#SOURCES_DIM}) and the fields an input carries are kept ({@link Schema#carriedField}), "spellings"
     * since a known Cyrillic name part is also indexed in its English spelling (Трамп also as trump), armed forces
     * and ministries are organizations, and Slavic names are read with their case agreement, "keys-2" since the
     * cross-script keys fold a z between vowels to s, a hard c to k and the adjectival surname endings (Tereza,
     * Makron, Зеленский: teresa, makron, zelensk), "lone-names" since a Slavic article keeps its lone names as
     * extracted (no facet value) so the index-wide step can join them (Юлию beside Сергея Скрипаля: Yulia Skripal;
     * Мей: Theresa May), "slavic-stems" since Croatian, Slovak and Slovene articles are read with a stemmer of their
     * own ({@link LanguageChains}) where they shared the unstemmed ICU chain. The article
     * hash includes it ({@link ArticleDocument#hash}), so a run rewrites every article of an
     * older scheme, unchanged ones too (as the id scheme's change renamed them); an index whose last commit lacks it
     * is stale, and until the run is done a server over it reads every mention.
     */
    static final String DOCUMENT_SCHEME = "document_scheme";
    static final String CURRENT_DOCUMENT_SCHEME = "slavic-stems";
    /** The schemes whose documents carry the about sets: every one since "about", the current one included. */
    private static final Set<String> WITH_ABOUT_SETS = Set.of("about", "stories", "focus-2", "cards", "languages",
            "compact", "carried", "spellings", "keys-2", "lone-names", CURRENT_DOCUMENT_SCHEME);

    private IndexFreshness() {
    }

    /**
     * True when {@code index} has no commit, or its last commit was made from another state of {@code corpus}
     * (a file added, changed or removed since), or from other corpus folders, or with ids or documents of an older
     * scheme.
     */
    public static boolean isStale(Path index, List<Path> corpus) throws IOException {
        if (!Files.isDirectory(index)) return true;
        try (Directory dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) return true;
            Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
            return !CorpusFingerprint.of(corpus).equals(data.get(FINGERPRINT))
                    || !CURRENT_ID_SCHEME.equals(data.get(ID_SCHEME))
                    || !hasCurrentDocuments(data);
        }
    }

    /** Whether a commit's data says its documents are of the current scheme (entities with their about set). */
    public static boolean hasCurrentDocuments(Map<String, String> commitData) {
        return CURRENT_DOCUMENT_SCHEME.equals(commitData.get(DOCUMENT_SCHEME));
    }

    /** Whether a commit's data says its documents carry the about sets (so facets can count them). */
    public static boolean hasAboutSets(Map<String, String> commitData) {
        String scheme = commitData.get(DOCUMENT_SCHEME);
        return scheme != null && WITH_ABOUT_SETS.contains(scheme);
    }

    /** The commit data naming the current document scheme. */
    static Map<String, String> currentDocuments() {
        return Map.of(DOCUMENT_SCHEME, CURRENT_DOCUMENT_SCHEME);
    }
}
