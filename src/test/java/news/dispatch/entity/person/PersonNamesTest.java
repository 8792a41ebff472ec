package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.Extracted;
import news.dispatch.entity.Mention;
import news.dispatch.entity.model.ModelSpan;
import news.dispatch.entity.text.Tokenizer;

/** One canonical name per person per article, through the real extractor. */
class PersonNamesTest {

    private static List<String> mentionTexts(Entity person) {
        return person.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void aLoneSurnameTakesTheFullestFormInTheArticle() {
        Entities e = Extracted.of("Joe Biden met allies in Brussels. Biden said the alliance was united.");
        assertEquals(Set.of("Joe Biden"), Extracted.personNames(e));
        assertEquals(List.of("Joe Biden", "Biden"), mentionTexts(Extracted.person(e, "Joe Biden")));
    }

    @Test
    void aKoreanNamesSurnameComesFirst() {
        // As the model left it in a worldwide newswire story: the full name tagged, the later lone surname not.
        String text = "said Eom Gyeong-yeong, director of a think tank. Turnout fell, said Eom, who deems it critical.";
        Map<String, List<Mention>> byName = new HashMap<>();
        byName.put("Eom Gyeong-yeong", new ArrayList<>(List.of(new Mention(5, 21, "Eom Gyeong-yeong", "model PER"))));
        UntaggedMentions.add(text, Tokenizer.tokens(text), List.of(new ModelSpan("PERSON", 5, 21)), byName, word -> false);
        assertEquals(List.of("Eom Gyeong-yeong", "Eom"), byName.get("Eom Gyeong-yeong").stream().map(Mention::text).toList());
    }

    @Test
    void titlesAndHonorificsAreStripped() {
        Entities e = Extracted.of("President Emmanuel Macron called Chancellor Olaf Scholz on Friday. "
                + "Mr. Macron later spoke to Dr. Anthony Fauci.");
        assertEquals(Set.of("Emmanuel Macron", "Olaf Scholz", "Anthony Fauci"), Extracted.personNames(e));
        assertEquals(List.of("Emmanuel Macron", "Macron"), mentionTexts(Extracted.person(e, "Emmanuel Macron")));
    }

    @Test
    void aPossessiveIsNotPartOfTheName() {
        Entities e = Extracted.of("Vladimir Putin's spokesman declined to comment. Putin's office issued a statement.");
        assertEquals(Set.of("Vladimir Putin"), Extracted.personNames(e));
        assertEquals(List.of("Vladimir Putin", "Putin"), mentionTexts(Extracted.person(e, "Vladimir Putin")));
    }

    @Test
    void spellingVariantsMergeIntoTheCanonicalName() {
        Entities e = Extracted.of("Volodymyr Zelenskyy addressed parliament. Zelenskiy said the army would hold.");
        assertEquals(Set.of("Volodymyr Zelensky"), Extracted.personNames(e));
        assertEquals(2, Extracted.person(e, "Volodymyr Zelensky").mentions().size());
    }

    @Test
    void transliterationsOfTheSameManAreOnePerson() {
        assertEquals(Set.of("Muammar Gaddafi"), Extracted.persons("Libyan leader Muammar Qaddafi spoke in Tripoli."));
    }

    @Test
    void aNameAcrossALineBreakIsOneName() {
        String text = "The call between Olaf Scholz and Vladimir\nPutin lasted an hour.";
        Entities e = Extracted.of(text);
        assertEquals(Set.of("Olaf Scholz", "Vladimir Putin"), Extracted.personNames(e));
        Mention m = Extracted.person(e, "Vladimir Putin").mentions().getFirst();
        assertEquals("Vladimir\nPutin", m.text());
        assertEquals(text.indexOf("Vladimir"), m.start());
    }

    @Test
    void aSurnameOfAnotherFullNameInTheArticleIsNotTakenByTheTable() {
        Entities e = Extracted.of("Representative Patricia Schroeder of Colorado criticized the plan. Schroeder said it cost too much.");
        assertEquals(Set.of("Patricia Schroeder"), Extracted.personNames(e));
    }

    @Test
    void aNameInACapitalizedHeadlineMergesWithTheBody() {
        Entities e = Extracted.of("BAKER SAYS DOLLAR FALL IS ENOUGH\n\nWASHINGTON, March 3 - Treasury Secretary James Baker "
                + "said the dollar had fallen enough.");
        assertEquals(Set.of("James Baker"), Extracted.personNames(e));
    }

    @Test
    void aKnownSurnameIsNotTakenForAMisspellingOfAnotherName() {
        Entities e = Extracted.of("Chief of staff Donald Regan resigned on Friday. Reagan accepted the resignation.");
        assertEquals(Set.of("Donald Regan", "Ronald Reagan"), Extracted.personNames(e));
    }

    @Test
    void aLoneCommonSurnameIsNotGivenToAFamousBearerOfIt() {
        assertEquals(Set.of(), Extracted.persons("Harris said the company would appeal the ruling."));
    }

    @Test
    void aLoneSurnameNamesNobodyUntilTheArticleCompletesIt() {
        assertEquals(Set.of(), Extracted.persons("Baker told reporters the talks would go on."));
        assertEquals(Set.of("James Baker"), Extracted.persons("Treasury Secretary James Baker spoke. Baker told reporters the talks would go on."));
    }

    @Test
    void aFirmNamedAfterItsFoundersIsNotAPerson() {
        assertEquals(Set.of(), Extracted.persons("Salomon Brothers Inc said it expected rates to fall, analysts at Smith Barney agreed."));
    }

    @Test
    void theWiresSignOffIsNotPartOfAName() {
        Entities e = Extracted.of("Volcker said rates were appropriate, according to Paul Volcker\n Reuter");
        assertEquals(Set.of("Paul Volcker"), Extracted.personNames(e));
    }

    @Test
    void aHyphenatedFirstNameStaysWhole() {
        assertEquals(Set.of("Jean-Claude Paye"), Extracted.persons("Exports support the economy, Jean-Claude Paye, Director General of the OECD, said."));
    }

    @Test
    void aDatelinePlaceIsNotAPerson() {
        assertEquals(Set.of(), Extracted.persons("GENERAL ACCEPTANCE SETS DIVIDEND\n\nST. PAUL, Minn., March 2 - Qtly dividend five cts vs five cts prior."));
    }

    @Test
    void daysAndMonthsAreNotPersons() {
        assertEquals(Set.of(), Extracted.persons("Talks resume on Friday, and again in September."));
    }

    @Test
    void theEmirAndHisCourtInGulfEnglishAreNoPersonButAnAmirIs() {
        assertEquals(Set.of("Amir Khan"), Extracted.persons("HH the Amir received the credentials of new ambassadors "
                + "at the Amiri Diwan on Monday. Cricketer Amir Khan also attended."));
    }

    @Test
    void aSurnameWithItsParticleOrSuffixIsThePersonNamedInFull() {
        Entities e = Extracted.of("New York Mayor Bill de Blasio spoke on Monday. Later, Mayor de Blasio said the city "
                + "was ready. Donald Trump Jr. posted a video. Trump Jr. later deleted it.");
        assertEquals(Set.of("Bill de Blasio", "Donald Trump Jr"), Extracted.personNames(e));
        assertEquals(List.of("Bill de Blasio", "de Blasio"), mentionTexts(Extracted.person(e, "Bill de Blasio")));
    }

    @Test
    void aShareButtonBeforeAPhotoCaptionIsNotPartOfTheName() {
        Entities e = Extracted.of("The hearing went on.\n\nFacebook Twitter Pinterest Donald Trump Jr speaks at a rally in "
                + "Ohio. Photograph: AP\n\nHe declined to comment.");
        assertEquals(Set.of("Donald Trump Jr"), Extracted.personNames(e));
    }

    @Test
    void aHeadlinesOpeningVerbIsNoGivenName() {
        Entities e = Extracted.of("Democratic town hall: Will Clinton pitch backfire?\n\nHillary Clinton took questions "
                + "from voters in Ohio on Monday.");
        assertEquals(Set.of("Hillary Clinton"), Extracted.personNames(e));
    }

    @Test
    void aGivenNameLikeAVerbStaysWhenTheArticleNamesThePersonSoElsewhere() {
        Entities e = Extracted.of("Will Hurd won the primary.\n\nThe Texas Republican Will Hurd said on Tuesday that "
                + "he would run again.");
        assertEquals(Set.of("Will Hurd"), Extracted.personNames(e));
    }

    @Test
    void aGivenNameLikeAVerbAfterATitlesFullStopStays() {
        Entities e = Extracted.of("The bill was introduced by Rep. Will Hurd and Rep. Pete Aguilar on Tuesday.");
        assertEquals(Set.of("Will Hurd", "Pete Aguilar"), Extracted.personNames(e));
    }

    @Test
    void aPersonIntroducedAtALinesStartKeepsAGivenNameLikeAVerb() {
        Entities e = Extracted.of("The vote is close.\n\nWill Jennings, a professor of politics, said turnout would decide it.");
        assertEquals(Set.of("Will Jennings"), Extracted.personNames(e));
    }

    @Test
    void aQuestionsVerbAfterACapitalizedWordsFullStopIsNoGivenName() {
        Entities e = Extracted.of("The aides met at the White House. Will Clinton get a pass?\n\nHillary Clinton took "
                + "questions from voters in Ohio on Monday.");
        assertEquals(Set.of("Hillary Clinton"), Extracted.personNames(e));
    }

    @Test
    void aQuestionsVerbBeforeAFullNameIsNoGivenName() {
        Entities e = Extracted.of("Can Hillary Clinton win Ohio? The race is close, and the polls disagree.");
        assertEquals(Set.of("Hillary Clinton"), Extracted.personNames(e));
    }

    @Test
    void aGenerationalSuffixAfterTheNameIsPartOfIt() {
        Entities e = Extracted.of("Michael Brown Sr. and Lesley McSpadden, the parents of Michael Brown, attended a "
                + "rally on Sunday.");
        assertEquals(Set.of("Michael Brown Sr", "Lesley McSpadden", "Michael Brown"), Extracted.personNames(e));
    }

    @Test
    void aGallerysPlaceRunIntoACaptionIsNotPartOfTheName() {
        Entities e = Extracted.of("Hide Caption 37 of 76 Photos: Emotions run high in Ferguson Michael Brown Sr. and "
                + "Lesley McSpadden, the parents of Michael Brown, attend a rally.");
        assertEquals(Set.of("Michael Brown Sr", "Lesley McSpadden", "Michael Brown"), Extracted.personNames(e));
    }

    @Test
    void aNameBeforeMarriageIsThePersonTheArticleNamesWithHerMarriedName() {
        Entities e = Extracted.of("Hillary Rodham Clinton spoke in Iowa on Monday. As a student at Wellesley, Hillary "
                + "Rodham gave the commencement speech.");
        assertEquals(Set.of("Hillary Clinton"), Extracted.personNames(e));
    }

    @Test
    void aWordGluedAfterANameIsNoMarriedSurname() {
        Entities e = Extracted.of("Margaret Thatcher led Britain for eleven years. Visitors to the Margaret Thatcher "
                + "Infirmary can see her portrait. Thatcher opened it in 1988.");
        assertTrue(Extracted.personNames(e).contains("Margaret Thatcher"), Extracted.personNames(e).toString());
    }

    @Test
    void aNameWrittenMoreOftenThanALongerOneIsItsOwn() {
        Entities e = Extracted.of("Hillary Clinton Fever\n\nHillary Clinton spoke in Iowa on Monday. Hillary Clinton "
                + "then flew to Ohio, where Clinton met voters.");
        assertTrue(Extracted.personNames(e).contains("Hillary Clinton"), Extracted.personNames(e).toString());
    }

    @Test
    void initialsInTheMiddleAreNoMaidenName() {
        Entities e = Extracted.of("Former President George H.W. and his wife Barbara watched the match. George H.W. Bush "
                + "and George Bush Jr. later met reporters.");
        // Wherever "George H.W." goes, it is not under a name without his initials.
        for (Entity p : e.persons()) {
            if (mentionTexts(p).contains("George H.W.")) assertTrue(p.name().contains("H"), p.name());
        }
    }
}
