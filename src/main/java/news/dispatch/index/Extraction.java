package news.dispatch.index;

import java.util.function.Consumer;

import news.dispatch.corpus.Article;
import news.dispatch.entity.Entities;
import news.dispatch.entity.EntityExtractor;

/**
 * The entity step of every indexing path (a corpus run, the live writer of feeds and folders, a SolrCloud run), with
 * its one failure policy: an article whose extraction fails is still indexed, by its words, without entities, and the
 * reader of the report is told why.
 */
public final class Extraction {
    private Extraction() {
    }

    /** The article's entities, or none when the extractor failed on it ({@code warning} then says so). */
    public static Entities of(EntityExtractor extractor, Article article, Consumer<String> warning) {
        try {
            return extractor.extract(StoredEntities.extractorText(article.title(), article.body()), article.language());
        } catch (RuntimeException e) {
            // The article is still worth finding by its words; its entities are lost, and the user is told.
            warning.accept("entity extraction failed (" + e + "); indexed without persons and countries");
            return Entities.NONE;
        }
    }
}
