package news.dispatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.entity.Entities;
import news.dispatch.index.Indexer;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.EntityFilter;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;

/** The cluster reads articles in their language and across scripts as the embedded index does. */
class SolrLanguagesClusterTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsTheCluster() {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
    }

    private static List<String> ids(SolrSearcher searcher, SearchRequest request) throws Exception {
        return searcher.search(request).hits().stream().map(SearchResponse.Hit::id).sorted().toList();
    }

    @Test
    void aCyrillicQueryFindsALatinArticleAndBack() throws Exception {
        SolrTarget target = TestCluster.shared().target("languages");
        SolrInit.run(target, 2, 1, System.err);
        Path corpus = TestIndexes.write(dir.resolve("languages"), "news.jsonl", """
                {"id": "en", "title": "Putin meets envoys", "body": "Vladimir Putin met foreign envoys in the Kremlin on Tuesday and spoke about the war and the sanctions against his government."}
                {"id": "ru", "lang": "ru", "title": "Визит в Москве", "body": "Президент Владимир Путин принял делегацию в Москве. Переговоры с гостями Путина продолжались три часа."}
                {"id": "ar", "lang": "ar", "title": "محادثات في الرياض", "body": "عقد وزراء الخارجية محادثات في الرياض حول الوضع في اليمن."}
                """).getParent();
        ClusterSeeds.index(target, List.of(corpus), Part.ALL);
        try (SolrSearcher searcher = SolrSearcher.open(target)) {
            assertEquals(List.of("en", "ru"), ids(searcher, SearchRequest.of("Путин")));
            assertEquals(List.of("en", "ru"), ids(searcher, SearchRequest.of("Putin")));
            assertEquals(List.of("ru"), ids(searcher, SearchRequest.of("Москва")));
            assertEquals(List.of("ar"), ids(searcher, SearchRequest.of("اليمن")));
            assertEquals(List.of("ru"), ids(searcher, SearchRequest.of("")
                    .withFilter("languages", EntityFilter.anyOf(List.of("ru")))));
        }
    }

    @Test
    void trumpFindsTheCyrillicAndTheCzechArticlesAsTheEmbeddedIndexDoes() throws Exception {
        SolrTarget target = TestCluster.shared().target("crossnames");
        SolrInit.run(target, 2, 1, System.err);
        // Трамп is "tramp" letter by letter: only the English spelling the documents carry finds it by "Trump". The
        // copy ru2 joins ru's story by atomic update, which must send the keys again.
        Path corpus = TestIndexes.write(dir.resolve("crossnames"), "news.jsonl", """
                {"id": "en", "lang": "en", "title": "Trump and Merkel meet", "body": "Donald Trump met Angela Merkel in Berlin on Tuesday."}
                {"id": "ru", "lang": "ru", "title": "Встреча в Берлине", "body": "Дональд Трамп встретился с Ангелой Меркель во вторник. Визит Трампа длился день."}
                {"id": "ru2", "lang": "ru", "title": "Встреча в Берлине", "body": "Дональд Трамп встретился с Ангелой Меркель во вторник. Визит Трампа длился день."}
                {"id": "cs", "lang": "cs", "title": "Schůzka s Trumpem", "body": "Americký prezident Trump se v úterý setkal s kancléřkou Merkelovou."}
                {"id": "other", "lang": "en", "title": "Grain deal", "body": "Ships left Odesa with grain on Monday."}
                """).getParent();
        ClusterSeeds.index(target, List.of(corpus), Part.ALL);
        Path index = dir.resolve("index");
        new Indexer(index, text -> Entities.NONE, p -> { }, 1).run(List.of(corpus), false);
        try (SolrSearcher cluster = SolrSearcher.open(target);
             LuceneSearcher embedded = LuceneSearcher.open(index)) {
            SearchResponse trump = cluster.search(SearchRequest.of("Trump").withCollapse(false));
            assertEquals(List.of("cs", "en", "ru", "ru2"), trump.hits().stream().map(SearchResponse.Hit::id).sorted().toList());
            assertEquals("ru", trump.hits().stream().filter(h -> h.id().equals("ru2")).findFirst().orElseThrow().story(),
                    "the copy was regrouped by atomic update");
            assertEquals(List.of("cs", "en", "ru", "ru2"), ids(cluster, SearchRequest.of("Merkel").withCollapse(false)));
            for (String q : List.of("Trump", "Трамп", "Тръмп", "Merkel", "Меркель", "Merkelová", "\"Дональд Трамп\"",
                    "Трампа", "Trump -Меркель", "Трамп Merkel", "Thatcher")) {
                SearchRequest request = SearchRequest.of(q).withCollapse(false);
                assertEquals(embedded.search(request).hits().stream().map(SearchResponse.Hit::id).sorted().toList(),
                        ids(cluster, request), q);
                assertEquals(embedded.search(request).total(), cluster.search(request).total(), q);
            }
        }
    }

    @Test
    void croatianSlovakAndSloveneWordsAreFoundByTheirBaseFormsAsTheEmbeddedIndexDoes() throws Exception {
        SolrTarget target = TestCluster.shared().target("slavicstems");
        SolrInit.run(target, 2, 1, System.err);
        Path corpus = TestIndexes.write(dir.resolve("slavicstems"), "news.jsonl", """
                {"id": "hr", "lang": "hr", "title": "Sastanak u Zagrebu", "body": "Premijer je u Hrvatskoj govorio o pregovorima s Europskom unijom o proračunu za iduću godinu."}
                {"id": "sk", "lang": "sk", "title": "Stretnutie v Bratislave", "body": "Premiér sa v utorok stretol s ministrami a hovorili o rozpočte na budúci rok."}
                {"id": "sl", "lang": "sl", "title": "Obisk v Ljubljani", "body": "Premier je po obisku ministra v torek govoril o proračunu za prihodnje leto."}
                """).getParent();
        ClusterSeeds.index(target, List.of(corpus), Part.ALL);
        Path index = dir.resolve("index");
        new Indexer(index, text -> Entities.NONE, p -> { }, 1).run(List.of(corpus), false);
        try (SolrSearcher cluster = SolrSearcher.open(target);
             LuceneSearcher embedded = LuceneSearcher.open(index)) {
            assertEquals(List.of("hr"), ids(cluster, SearchRequest.of("pregovori")));
            assertEquals(List.of("sk", "sl"), ids(cluster, SearchRequest.of("minister")));
            for (String q : List.of("Hrvatska", "pregovori", "minister", "obisk", "proracun", "\"s ministrami\"")) {
                SearchRequest request = SearchRequest.of(q).withCollapse(false);
                assertEquals(embedded.search(request).hits().stream().map(SearchResponse.Hit::id).sorted().toList(),
                        ids(cluster, request), q);
            }
        }
    }

    @Test
    void anArabicNameFindsTheLatinAndCyrillicArticlesAndBackAsTheEmbeddedIndexDoes() throws Exception {
        SolrTarget target = TestCluster.shared().target("arabicnames");
        SolrInit.run(target, 2, 1, System.err);
        // Arabic writes no short vowels: بوتين reaches Putin through the entity table, and Putin the Arabic article.
        Path corpus = TestIndexes.write(dir.resolve("arabicnames"), "news.jsonl", """
                {"id": "en", "lang": "en", "title": "Putin meets envoys", "body": "Vladimir Putin met foreign envoys in the Kremlin on Tuesday."}
                {"id": "ru", "lang": "ru", "title": "Визит в Москве", "body": "Президент Владимир Путин принял делегацию в Москве. Переговоры с гостями Путина продолжались три часа."}
                {"id": "ar", "lang": "ar", "title": "محادثات في موسكو", "body": "التقى الرئيس الروسي فلاديمير بوتين وزراء الخارجية في موسكو يوم الثلاثاء."}
                {"id": "cs", "lang": "cs", "title": "Britská premiérka v Bruselu", "body": "Britská premiérka Tereza Mayová jednala v úterý v Bruselu o brexitu."}
                {"id": "may", "lang": "en", "title": "Theresa May in Brussels", "body": "Theresa May met EU leaders in Brussels on Tuesday to discuss Brexit."}
                """).getParent();
        ClusterSeeds.index(target, List.of(corpus), Part.ALL);
        Path index = dir.resolve("index");
        new Indexer(index, text -> Entities.NONE, p -> { }, 1).run(List.of(corpus), false);
        try (SolrSearcher cluster = SolrSearcher.open(target);
             LuceneSearcher embedded = LuceneSearcher.open(index)) {
            assertEquals(List.of("ar", "en", "ru"), ids(cluster, SearchRequest.of("بوتين").withCollapse(false)));
            assertEquals(List.of("ar", "en", "ru"), ids(cluster, SearchRequest.of("Putin").withCollapse(false)));
            for (String q : List.of("بوتين", "Putin", "Путин", "\"فلاديمير بوتين\"", "\"Theresa May\"", "\"Тереза Мэй\"",
                    "Mayová")) {
                SearchRequest request = SearchRequest.of(q).withCollapse(false);
                assertEquals(embedded.search(request).hits().stream().map(SearchResponse.Hit::id).sorted().toList(),
                        ids(cluster, request), q);
            }
        }
    }
}
