package news.dispatch.web;

import java.util.Map;

/**
 * Cumulative layout shift as Chromium reports it (PerformanceObserver 'layout-shift' entries not caused by input,
 * summed), for a page loaded at a URL and read once it has settled: every fetch the page made answered, nothing busy,
 * and two more frames drawn after that. The observer and a count of open fetches are installed before any of the
 * page's own scripts run.
 */
final class LayoutShift {
    private static final String OBSERVER = """
            window.__cls = 0;
            window.__clsObserver = new PerformanceObserver((list) => {
              for (const e of list.getEntries()) window.__clsCount(e);
            });
            window.__shifts = [];
            window.__clsCount = (e) => {
              if (e.hadRecentInput) return;
              window.__cls += e.value;
              const name = (n) => !n ? '?' : n.id ? `#${n.id}` : n.nodeType === 1
                ? `${name(n.parentElement)} > ${n.localName}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}`
                : `${name(n.parentElement)} > text`;
              window.__shifts.push(`${e.value.toFixed(4)}: ` + e.sources.map((s) => `${name(s.node)} y ${
                Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${
                Math.round(s.currentRect.height)}`).join('; '));
            };
            window.__clsObserver.observe({ type: 'layout-shift', buffered: true });
            window.__fetching = 0;
            const fetchOf = window.fetch.bind(window);
            window.fetch = (...args) => {
              window.__fetching++;
              return fetchOf(...args).then((r) => r.clone().text().then(() => r), (e) => { throw e; })
                .finally(() => { window.__fetching--; });
            };
            """;

    private LayoutShift() {
    }

    /** What moved, one shift a line with its value and the elements that moved ("#toolbar y 210→388"). */
    @SuppressWarnings("unchecked")
    static String moved(Browser browser) {
        return String.join("\n", (java.util.List<String>) browser.script("return window.__shifts || [];"));
    }

    /** Loads url and returns the layout shift summed from the first paint until the page has settled. */
    static double of(Browser browser, String url) {
        @SuppressWarnings("unchecked")
        Map<String, Object> added = (Map<String, Object>) browser.driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
        try {
            browser.open(url);
            return settled(browser);
        } finally {
            browser.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
    }

    /**
     * On a page loaded by {@link #of}: goes to another state as Back or Forward does (a history entry and popstate,
     * no input on the page), and returns the shift from then until the page has settled again.
     */
    static double after(Browser browser, String query) {
        browser.script("""
                window.__cls = 0;
                window.__shifts = [];
                history.pushState(null, '', arguments[0]);
                window.dispatchEvent(new PopStateEvent('popstate'));""", location(query));
        return settled(browser);
    }

    private static String location(String query) {
        return query.isEmpty() ? "./" : query;
    }

    /** Waits until the page has settled, then returns the shift summed so far (the observer must be installed). */
    static double settled(Browser browser) {
        browser.until(d -> (Boolean) browser.script("""
                return document.readyState === 'complete' && window.__fetching === 0
                  && !document.body.classList.contains('loading')
                  && !document.querySelector('#sidebar:not([hidden]) .facet.pending')
                  && (!!document.querySelector('#results .hit, #results .empty-state, #results .error-state')
                      || !!document.querySelector('#reader:not([hidden]) h1'));"""));
        browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(() => requestAnimationFrame(() => done()));");
        browser.until(d -> (Boolean) browser.script("return window.__fetching === 0;"));
        return ((Number) browser.script("""
                for (const e of window.__clsObserver.takeRecords()) window.__clsCount(e);
                return window.__cls;""")).doubleValue();
    }
}
