package news.dispatch.entity.about;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entities;
import news.dispatch.entity.Extracted;

/** "About" versus "mentioned": the lead and repetition make an entity what an article is about. */
class AboutTest {
    private static final String TEXT = "Scholz visits Paris\n\nOlaf Scholz met Emmanuel Macron in Paris on Monday. "
            + "The two leaders discussed energy. Scholz said Germany would help. Scholz returned home in the evening. "
            + "A spokesman said Joe Biden had been informed.";

    @Test
    void aPersonInTheLeadIsWhatTheArticleIsAbout() {
        Set<String> about = About.names(TEXT, Extracted.of(TEXT));
        assertTrue(about.contains("Olaf Scholz"), about.toString());
        assertTrue(about.contains("Emmanuel Macron"), about.toString());
    }

    @Test
    void aPersonNamedOnceAfterTheLeadIsOnlyMentioned() {
        Entities e = Extracted.of(TEXT);
        assertTrue(Extracted.personNames(e).contains("Joe Biden"));
        assertFalse(About.names(TEXT, e).contains("Joe Biden"));
    }

    @Test
    void anOutletCitedOnceAsTheOnlyOrganizationIsOnlyMentioned() {
        String text = "New packaging for animal crackers\n\nThe animals now walk free on the box. "
                + "The company said it had changed the design. The Associated Press notes earlier special editions.";
        Entities e = Extracted.of(text);
        assertTrue(e.organizations().stream().anyMatch(o -> o.name().equals("Associated Press")), e.toString());
        assertFalse(About.names(text, e).contains("Associated Press"));
    }

    @Test
    void anOutletInTheLeadIsWhatTheArticleIsAbout() {
        String text = "Fox News settles lawsuit\n\nFox News agreed on Tuesday to pay damages. The deal ends the case.";
        assertTrue(About.names(text, Extracted.of(text)).contains("Fox News"));
    }
}
