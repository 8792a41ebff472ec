package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.web.TestServer;

/** The backend-neutral export (ordinary searches with cursors) gives the rows the embedded index's walk gives. */
class CursorExportTest {
    static ExportRow withoutOrganizations(ExportRow r) {
        var entities = new java.util.LinkedHashMap<>(r.entities());
        entities.remove(news.dispatch.index.Schema.ORGANIZATIONS_DIM);
        return new ExportRow(r.id(), r.date(), r.title(), r.url(), r.source(), entities, r.snippet());
    }

    @Test
    void cursorPagesExportWhatTheIndexWalkExports() throws Exception {
        NewsSearcher searcher = TestServer.seeds().searcher();
        for (SearchRequest request : List.of(SearchRequest.of("Putin"), SearchRequest.of(""))) {
            List<ExportRow> walked = new ArrayList<>();
            List<ExportRow> paged = new ArrayList<>();
            searcher.export(request, true, walked::add);
            CursorExport.run(searcher, request, true, paged::add);
            assertFalse(walked.isEmpty());
            // A hit lists persons and countries only, so the cursor export carries those dimensions.
            assertEquals(walked.stream().map(CursorExportTest::withoutOrganizations).toList(), paged, request.query());
        }
    }
}
