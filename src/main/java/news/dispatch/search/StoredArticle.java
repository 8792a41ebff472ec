package news.dispatch.search;

import java.time.Instant;

import org.apache.lucene.document.Document;

import news.dispatch.index.Schema;

/** Reading stored values back in display form. */
final class StoredArticle {
    private StoredArticle() {
    }

    /** The about names of each entity dimension ("persons" → the persons the article is about), from stored fields. */
    static java.util.Map<String, java.util.List<String>> about(Document doc) {
        java.util.Map<String, java.util.List<String>> about = new java.util.LinkedHashMap<>();
        for (String dim : Schema.entityDims()) about.put(dim, java.util.List.of(doc.getValues(Schema.aboutField(dim))));
        return about;
    }

    /** The publication day ("2022-12-02"), or null for an undated article. */
    static String day(Document doc) {
        var date = doc.getField(Schema.DATE);
        return date == null ? null : Schema.DAY.format(Instant.ofEpochMilli(date.numericValue().longValue()));
    }
}
