package news.dispatch.entity.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.dispatch.entity.Entities;
import news.dispatch.entity.Extracted;
import news.dispatch.entity.Mention;
import news.dispatch.entity.about.About;
import news.dispatch.entity.organization.PublishingOutlet;

/** Who wrote or shot a story is not what it is about: a name in a credit is only mentioned. */
class CreditsTest {

    @Test
    void theWireAgencyBeforeTheDatelineDashIsNotWhatTheStoryIsAbout() {
        String text = "(Reuters) - World Athletics will introduce a repechage round at the Paris 2024 Games, "
                + "the governing body said on Monday.";
        assertMentionedNotAbout(text, "Reuters");
    }

    @Test
    void aPhotographerCreditedInTheLeadCaptionIsNotWhatTheStoryIsAbout() {
        String text = "President Donald Trump speaks in the Rose Garden in Washington. (AP Photo/Alex Brandon)\n\n"
                + "WASHINGTON (AP) — President Donald Trump said on Friday he would sign the bill.";
        assertAboutNotCredited(text, "Donald Trump", "Alex Brandon");
    }

    @Test
    void aPhotographerBeforeTheAgencySlashIsACredit() {
        String text = "Senator Bernie Sanders on Capitol Hill. (Joshua Roberts/Reuters)\n\nBernie Sanders said he would run.";
        assertAboutNotCredited(text, "Bernie Sanders", "Joshua Roberts");
    }

    @Test
    void theAgencyAfterAPhotographersSlashIsNotWhatTheStoryIsAbout() {
        String text = "Joe Biden speaks in Des Moines, Iowa, August 10, 2019. (Scott Morgan/Reuters)\n\n"
                + "Some members of the university's faculty said Joe Biden was wrong.";
        assertMentionedNotAbout(text, "Reuters");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sen. Kamala Harris at the debate in Los Angeles. Associated Press\n\nKamala Harris said she would vote.",
            "President Donald Trump visited El Paso on Wednesday.\n\nAssociated Press writer John Seewer contributed to this report."})
    void anAgencyClosingACaptionOrCreditingItsWritersIsACredit(String text) {
        Mention agency = firstOrganizationMention(text);
        assertTrue(Credits.isCredit(text, agency), agency.toString());
    }

    @Test
    void anAgencyNamedInASentenceIsNoCredit() {
        String text = "Officials told the Associated Press on Monday that the talks had failed.";
        Mention agency = firstOrganizationMention(text);
        assertFalse(Credits.isCredit(text, agency), agency.toString());
    }

    @Test
    void theReportersOfTheClosingLineAreNotWhatTheStoryIsAbout() {
        String text = "Kenya's President William Ruto met Ethiopia's Abiy Ahmed in Nairobi on Monday to discuss trade.\n\n"
                + "Reporting by Duncan Miriri in Nairobi and George Obulutsa; Editing by Alex Richardson";
        Set<String> about = About.names(text, Extracted.of(text));
        assertTrue(about.containsAll(Set.of("William Ruto", "Abiy Ahmed")), about.toString());
        assertFalse(about.contains("Duncan Miriri"), about.toString());
        assertFalse(about.contains("George Obulutsa"), about.toString());
        assertFalse(about.contains("Alex Richardson"), about.toString());
    }

    @Test
    void aTicketWrittenWithASlashIsNoCredit() {
        String text = "Supporters waved Biden/Harris signs as Joe Biden spoke in Wilmington.";
        Entities e = Extracted.of(text);
        Mention first = e.persons().getFirst().mentions().getFirst();
        assertEquals("Biden/", text.substring(first.start(), first.end() + 1), "the mention beside the slash");
        assertFalse(Credits.isCredit(text, first), first.toString());
    }

    @Test
    void aPhotographerBeforeAnyOutletsSlashIsACredit() {
        String text = "Alan Simpson strikes back at critics. | John Shinkle/POLITICO\n\nAlan Simpson said on Monday he would not resign.";
        assertAboutNotCredited(text, "Alan Simpson", "John Shinkle");
    }

    @Test
    void theOutletThatPublishesTheArticleIsMentionedNotWhatItIsAbout() {
        String text = "Fox News poll: Romney leads\n\nA Fox News poll released on Monday shows Mitt Romney ahead. "
                + "Fox News asked 1,000 voters. The Fox News poll was taken last week.";
        Entities e = Extracted.of(text);
        assertTrue(Extracted.names(e.organizations()).contains("Fox News"), e.organizations().toString());
        assertTrue(About.names(text, e).contains("Fox News"), "on another outlet's pages");
        PublishingOutlet fox = new PublishingOutlet("Fox Online News", "http://www.foxnews.com/politics/2012/06/poll");
        assertFalse(About.names(text, e, fox).contains("Fox News"));
        assertTrue(About.names(text, e, fox).contains("Mitt Romney"));
    }

    private static Mention firstOrganizationMention(String text) {
        return Extracted.of(text).organizations().stream().flatMap(o -> o.mentions().stream()).findFirst()
                .orElseThrow(() -> new AssertionError("no organization in: " + text));
    }

    private static void assertMentionedNotAbout(String text, String organization) {
        Entities e = Extracted.of(text);
        assertTrue(Extracted.names(e.organizations()).contains(organization), e.organizations().toString());
        assertFalse(About.names(text, e).contains(organization));
    }

    private static void assertAboutNotCredited(String text, String subject, String credited) {
        Set<String> about = About.names(text, Extracted.of(text));
        assertTrue(about.contains(subject), about.toString());
        assertFalse(about.contains(credited), about.toString());
    }
}
