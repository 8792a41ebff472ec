package news.dispatch.entity.about;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.Extracted;

/** Which of the countries a text names it is about: lead, repetition, sole country; currencies do not count. */
class AboutCountriesTest {
    private static final String WIRE = wire("JAPAN RAISES DISCOUNT RATE",
            "TOKYO, March 3 - The Bank of Japan raised its discount rate by half a point. Economists had expected the "
                    + "move for weeks.",
            "The central bank said inflation was rising. Traders in Brazil took little notice.");

    /** A wire story: headline, blank line, dateline and first paragraph, an indented second paragraph. */
    private static String wire(String headline, String firstParagraph, String secondParagraph) {
        return headline + "\n\n" + firstParagraph + "\n    " + secondParagraph + "\n";
    }

    private static Set<String> about(String text) {
        return Extracted.names(AboutCountries.of(text, Extracted.of(text).countries()));
    }

    @Test
    void aCountryOfTheHeadlineAndLeadIsOneItIsAbout() {
        assertEquals(Set.of("Japan"), about(WIRE));
    }

    @Test
    void aCountryNamedOnceDeepInTheBodyIsNamedButNotOneItIsAbout() {
        assertEquals(Set.of("Japan", "Brazil"), Extracted.countries(WIRE));
    }

    @Test
    void aCountryNamedThreeTimesIsOneItIsAboutWhereverItIs() {
        String text = "Talks opened on Monday after a long delay. Iran said it wanted guarantees, and the Iranian envoy "
                + "left Geneva. Iran's partners said nothing.";
        assertEquals(Set.of("Iran"), about(text));
    }

    @Test
    void aCountryNamedTwiceOutsideTheLeadIsNotOneItIsAbout() {
        String text = "Talks opened on Monday after a long delay. Iran said it wanted guarantees, and the Iranian envoy "
                + "left Geneva.";
        assertEquals(Set.of(), about(text));
    }

    @Test
    void aCountryNamedOnceInTheFirstSentenceIsMentionedInPassing() {
        String text = wire("COPPER OUTPUT FALLS", "SANTIAGO, March 3 - Chile's copper output fell in February, partly "
                + "on lower demand from Japan, the mining ministry said.",
                "The ministry said Chile's mines had also been hit by strikes. Chile expects a recovery.");
        assertEquals(Set.of("Chile"), about(text));
        assertEquals(Set.of("Chile", "Japan"), Extracted.countries(text));
    }

    @Test
    void aCountryOfTheFirstSentenceNamedAgainLaterIsOneItIsAbout() {
        String text = "Talks opened in Geneva on Monday, and Iran said it wanted guarantees. The talks will resume. "
                + "Officials said Iran would answer next week.";
        assertEquals(Set.of("Iran"), about(text));
    }

    @Test
    void theCountryOfTheDatelineIsOneItIsAbout() {
        String text = wire("COMPANY REDEEMS DEBENTURES", "WILMINGTON, Del, Feb 26 - The company said it will redeem "
                + "4.7 mln dlrs of its debentures. Officials in Geneva and Paris said nothing.", "Trading was quiet.");
        assertEquals(Set.of("United States"), about(text));
    }

    @Test
    void theOnlyCountryNamedIsOneItIsAbout() {
        assertEquals(Set.of("Chile"), about("Copper prices rose on Monday. Analysts said output in Chile had fallen."));
    }

    @Test
    void aCountryNamedOnlyAsACurrencyIsNotOneItIsAbout() {
        String text = "Mizuno Corp is issuing notes in Tokyo worth 30 mln Swiss francs. The notes pay 4.6 pct. "
                + "Japanese investors are expected to buy most of them, dealers in Tokyo said.";
        assertEquals(Set.of("Japan"), about(text));
    }

    @Test
    void theLeadOfATextWithoutHeadlineIsItsFirstSentence() {
        String text = "\nRussia said on Friday the U.S. stance was unchanged. Talks may resume.";
        assertEquals(text.indexOf("Talks"), AboutCountries.leadEnd(text));
    }
}
