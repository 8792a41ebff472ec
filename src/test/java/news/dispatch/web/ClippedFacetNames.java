package news.dispatch.web;

/** The facet names a page shows cut short: each scrolls inside its box (its scroll width wider than the box). */
final class ClippedFacetNames {
    private ClippedFacetNames() {
    }

    /** The text of every visible facet name drawn narrower than it is. */
    static Object in(Browser browser) {
        return browser.script("""
                return [...document.querySelectorAll('.facet-values .facet-name')]
                  .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
                  .map(e => e.textContent);""");
    }
}
