package news.dispatch.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Deque's axe-core (bundled in {@code com.deque.html.axe-core:selenium}) run in the test's browser over the page as
 * it is: a test fails on any WCAG 2.1 A or AA violation, naming rule, impact and the nodes. The experimental rule
 * {@code label-content-name-mismatch} (WCAG 2.5.3, off by default in axe) is switched on, because a visible label
 * that the accessible name leaves out is exactly what speech-input users trip over.
 */
final class Accessibility {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Runs axe on the current page and throws, listing every violation, unless there is none. */
    static void assertNoViolations(Browser browser, String where) {
        String found = violations(browser, where);
        if (!found.isEmpty()) {
            throw new AssertionError(found);
        }
    }

    /** Runs axe on the current page: "" when it finds nothing, else a report of rule, impact and nodes. */
    static String violations(Browser browser, String where) {
        Results results = axe().analyze(browser.driver);
        if (results.isErrored()) {
            return "axe could not run on " + where + ": " + results.getErrorMessage();
        }
        List<Rule> violations = results.getViolations();
        return violations.isEmpty() ? "" : "axe-core found " + violations.size() + " WCAG 2.1 A/AA violation(s) on "
                + where + ":\n" + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    /**
     * WCAG 1.4.11 (non-text contrast), which axe does not check: the borders of the text boxes and the sort menu and
     * the fill of every drawn histogram bar need 3:1 against the background they sit on. Returns the failures.
     */
    @SuppressWarnings("unchecked")
    static List<String> nonTextContrastFailures(Browser browser) {
        return (List<String>) browser.script("""
                const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map((v) => v / 255)
                  .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
                  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
                const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
                const backdrop = (node) => {
                  for (let n = node.parentElement; n; n = n.parentElement) {
                    const c = rgb(getComputedStyle(n).backgroundColor);
                    if (c.length === 3 || c[3] === 1) return c.slice(0, 3);
                  }
                  return [255, 255, 255];
                };
                const failures = [];
                const check = (css, colour) => document.querySelectorAll(css).forEach((node) => {
                  if (!node.getClientRects().length) return;
                  const r = ratio(rgb(colour(getComputedStyle(node))).slice(0, 3), backdrop(node));
                  if (r < 3) failures.push(`${css} ${r.toFixed(2)}:1`);
                });
                check('#q, .facet-filter, #sort', (s) => s.borderTopColor);
                check('.histogram .bar-fill', (s) => s.fill);
                return failures;
                """);
    }

    private static AxeBuilder axe() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(TAGS);
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setRules(Map.of("label-content-name-mismatch", on));
        return new AxeBuilder().withOptions(options);
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .map(n -> "    " + n.getTarget() + " " + n.getHtml().replaceAll("\\s+", " ")
                        .substring(0, Math.min(160, n.getHtml().length())) + "\n      " + n.getFailureSummary()
                        .replace("\n", " "))
                .collect(Collectors.joining("\n"));
    }
}
