package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every area of the page keeps its room from the first paint to the last answer: the cumulative layout shift that
 * Chromium itself reports stays under 0.02 in each state a reader reaches, on a desktop window and on a phone. Each
 * state is loaded fresh with the observer installed before any of the page's scripts, and read once every request
 * the page made has been answered and two more frames have been drawn.
 */
class LayoutStabilityPageTest extends PageTest {
    static final double MOST = 0.02;
    /** The states of the page, by their URL. */
    static final Map<String, String> STATES = new LinkedHashMap<>();

    static {
        STATES.put("home", "");
        STATES.put("search", "?q=Putin");
        STATES.put("filtered", "?q=Putin&country=Germany");
        STATES.put("filtered by one person", "?person=Olaf+Scholz");
        STATES.put("no results", "?q=zzyzx+quokka&country=Germany");
        STATES.put("past the end", "?page=9");
        STATES.put("article", "?q=Putin&article=" + PageFixture.KREMLIN);
        STATES.put("compare", "?q=envoy&series=q%3Denvoy");
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void noStateOfThePageShiftsItsLayoutAsItsAnswersArrive(int width, int height) {
        browser.resize(width, height);
        StringBuilder over = new StringBuilder();
        for (var state : STATES.entrySet()) {
            double cls = LayoutShift.of(browser, server.url() + "/" + state.getValue());
            System.out.printf("layout shift at %d×%d, %s: %.4f%n", width, height, state.getKey(), cls);
            if (cls >= MOST) {
                over.append(String.format("%s (%s): %.4f%n%s%n", state.getKey(), state.getValue(), cls,
                        LayoutShift.moved(browser)));
            }
        }
        assertEquals("", over.toString(), "states with a layout shift of " + MOST + " or more at " + width + " px");
    }

    /**
     * Back and Forward between states with the same areas (another query; another country ticked): nothing a reader
     * pressed on the page excuses these shifts (Chromium counts them), so every area keeps its room across the change.
     */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void backAndForwardBetweenStatesWithTheSameAreasShiftNothing(int width, int height) {
        browser.resize(width, height);
        StringBuilder over = new StringBuilder();
        for (String[] steps : new String[][] {{"?q=Putin", "?q=envoy", "?q=Putin"},
                {"?q=Putin&country=Germany", "?q=Putin&country=Russia", "?q=Putin&country=Germany"}}) {
            LayoutShift.of(browser, server.url() + "/" + steps[0]);
            for (String to : List.of(steps).subList(1, steps.length)) {
                double cls = LayoutShift.after(browser, to);
                System.out.printf("layout shift at %d×%d, history to %s: %.4f%n", width, height, to, cls);
                if (cls >= MOST) over.append(String.format("to %s: %.4f%n%s%n", to, cls, LayoutShift.moved(browser)));
            }
        }
        assertEquals("", over.toString(), "history steps with a layout shift of " + MOST + " or more at " + width + " px");
    }
}
