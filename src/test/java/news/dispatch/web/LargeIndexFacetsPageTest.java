package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facet names on a real corpus's index, where names are long and counts run to thousands (the fixture's are
 * short): no name clipped at 1280, 1440, 1920 px or on a 390 px phone, on the home page and after a filter, and
 * layout shift under 0.02 in each state on a desktop and a phone. Opt-in,
 * since it needs an index built beforehand: {@code -Ddispatch.page.index=DIR} (e.g. AllSides part 1 + the worldwide
 * newswire, 6,094 articles); skipped without it.
 */
class LargeIndexFacetsPageTest {
    private static final String INDEX = System.getProperty("dispatch.page.index");
    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(INDEX != null && Files.isDirectory(Path.of(INDEX)),
                "no -Ddispatch.page.index=DIR given: the large-index page check is opt-in");
        Browser.assumeAvailable();
        server = TestServer.serve(Path.of(INDEX));
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @Test
    void noFacetNameIsClippedAtAnyWidthOnALargeIndex() {
        for (String query : List.of("", "?q=sanctions", "?country=Ukraine")) {
            for (int[] size : new int[][] {{1280, 900}, {1440, 900}, {1920, 1080}, {390, 844}}) {
                browser.resize(size[0], size[1]);
                browser.open(server.url() + "/" + query);
                browser.until(d -> browser.all("#facet-persons .facet-values li").size() > 0);
                if (size[0] < 700) browser.find("#facet-toggle").click();
                Object clipped = ClippedFacetNames.in(browser);
                Object shown = browser.script("""
                        return [...document.querySelectorAll('.facet-values .facet-name')]
                          .filter(e => e.offsetParent !== null).length;""");
                System.out.println("large index " + query + " at " + size[0] + " px: " + shown + " names shown, clipped "
                        + clipped);
                assertTrue(((Number) shown).intValue() > 20, "names shown at " + size[0] + " px");
                assertEquals(List.of(), clipped, "clipped at " + size[0] + " px, " + query);
            }
        }
    }

    @Test
    void theLayoutStaysPutInEveryStateOnALargeIndex() {
        StringBuilder over = new StringBuilder();
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            browser.resize(size[0], size[1]);
            for (String state : List.of("", "?q=sanctions", "?q=sanctions&country=Russia", "?q=zzzxqv",
                    "?q=sanctions&page=400", "?person=Donald+Trump&person=Vladimir+Putin&person_op=and")) {
                double cls = LayoutShift.of(browser, server.url() + "/" + state);
                System.out.printf("large index CLS %s at %d px: %.4f%n", state, size[0], cls);
                if (cls >= 0.02) over.append(String.format("%s at %d px: %.4f%n%s%n", state, size[0], cls,
                        LayoutShift.moved(browser)));
            }
        }
        assertEquals("", over.toString());
    }
}
