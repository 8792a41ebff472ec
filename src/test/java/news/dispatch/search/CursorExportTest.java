package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.web.TestServer;

/** The backend-neutral export (ordinary searches with cursors) gives the rows the embedded index's walk gives. */
class CursorExportTest {
    @Test
    void cursorPagesExportWhatTheIndexWalkExports() throws Exception {
        NewsSearcher searcher = TestServer.seeds().searcher();
        for (SearchRequest request : List.of(SearchRequest.of("Putin"), SearchRequest.of(""))) {
            List<ExportRow> walked = new ArrayList<>();
            List<ExportRow> paged = new ArrayList<>();
            searcher.export(request, true, walked::add);
            CursorExport.run(searcher, request, true, paged::add);
            assertFalse(walked.isEmpty());
            // A hit carries every entity dimension and the about set, so the two exports are the same rows.
            assertEquals(walked, paged, request.query());
        }
    }
}
