package news.dispatch.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.dispatch.index.Schema;

/**
 * An export made of ordinary searches, a page at a time with the cursor each page hands out: what any
 * {@link NewsSearcher} can do. Titles and snippets come back highlighted, so they are turned into plain text; the
 * fields the input carries come with each hit, so they are columns as in the embedded export.
 */
final class CursorExport {
    private CursorExport() {
    }

    static long run(NewsSearcher searcher, SearchRequest request, boolean snippets, ExportSink sink) throws IOException {
        // Every article is a row (with its story's id), as the embedded export writes them: never one per story.
        SearchRequest page = request.withPaging(request.sort(), SearchRequest.MAX_SIZE, 1, 0).withCollapse(false);
        long written = 0;
        boolean first = true;
        while (true) {
            SearchResponse r = searcher.search(page);
            if (first) sink.begin(r.total());
            first = false;
            for (SearchResponse.Hit hit : r.hits()) {
                Map<String, List<String>> entities = new LinkedHashMap<>();
                entities.put(Schema.PERSONS_DIM, hit.persons());
                entities.put(Schema.COUNTRIES_DIM, hit.countries());
                entities.put(Schema.ORGANIZATIONS_DIM, hit.organizations());
                String snippet = snippets && !hit.snippets().isEmpty() ? Exporter.plainText(hit.snippets().getFirst()) : null;
                sink.accept(new ExportRow(hit.id(), hit.date(), Exporter.plainText(hit.title()), hit.url(), hit.source(),
                        entities, hit.about(), snippets ? (snippet == null ? "" : snippet) : null,
                        hit.story() == null ? hit.id() : hit.story(), hit.author(), hit.language(), hit.fields()));
                written++;
            }
            sink.pageDone();
            if (r.nextCursor() == null || r.hits().isEmpty()) return written;
            page = page.withCursor(r.nextCursor());
        }
    }
}
