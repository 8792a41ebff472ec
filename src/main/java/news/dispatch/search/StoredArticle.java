package news.dispatch.search;

import java.time.Instant;

import org.apache.lucene.document.Document;

import news.dispatch.index.Schema;

/** Reading stored values back in display form. */
final class StoredArticle {
    private StoredArticle() {
    }

    /** The publication day ("2022-12-02"), or null for an undated article. */
    static String day(Document doc) {
        var date = doc.getField(Schema.DATE);
        return date == null ? null : Schema.DAY.format(Instant.ofEpochMilli(date.numericValue().longValue()));
    }
}
