package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Organizations: the model's ORGANIZATION spans named by organizations.tsv and government-bodies.tsv, never persons. */
class OrganizationsTest {

    @Test
    void anAcronymAndTheFullNameAreOneOrganization() {
        Entities e = Extracted.of("NATO leaders met in Madrid. The North Atlantic Treaty Organization agreed to expand.");
        assertEquals(Set.of("North Atlantic Treaty Organization"), Extracted.names(e.organizations()));
    }

    @Test
    void dottedAndPlainAcronymsAreOneOrganization() {
        Entities e = Extracted.of("The U.N. Secretary-General spoke in Geneva. The UN said aid would arrive on Monday.");
        assertEquals(Set.of("United Nations"), Extracted.names(e.organizations()));
    }

    @Test
    void anArmedGroupIsAnOrganizationAndNeverAPerson() {
        Entities e = Extracted.of("Boko Haram fighters attacked the town, and Al Qaeda claimed a second attack.");
        assertTrue(Extracted.personNames(e).isEmpty(), e.persons().toString());
        assertTrue(Extracted.names(e.organizations()).contains("Boko Haram"), e.organizations().toString());
    }

    @Test
    void aGovernmentSeatIsNoOrganization() {
        Entities e = Extracted.of("The Kremlin said talks would continue, and Moscow declined to comment.");
        assertTrue(e.organizations().isEmpty(), e.organizations().toString());
    }

    @Test
    void theCiaTheFbiAndCongressAreUnitedStatesBodiesWithTheirCountry() {
        Entities e = Extracted.of("CIA Director John Brennan told Congress on Tuesday that the FBI had opened an "
                + "inquiry. U.S. lawmakers in Washington demanded answers.");
        for (String body : List.of("Central Intelligence Agency", "Federal Bureau of Investigation",
                "United States Congress")) {
            Entity found = e.organizations().stream().filter(o -> o.name().equals(body)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + body + " in " + e.organizations()));
            assertEquals("US", found.code(), body);
        }
    }

    @Test
    void aGenericNameIsTheBodyOfTheArticlesCountry() {
        Entities e = Extracted.of("India's Supreme Court on Monday struck down the law, handing the government in "
                + "New Delhi a rare defeat.");
        Entity court = e.organizations().stream().filter(o -> o.name().equals("Supreme Court of India")).findFirst()
                .orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("IN", court.code());
    }

    @Test
    void congressInAnArticleAboutIndiaAloneIsNoUnitedStatesCongress() {
        Entities e = Extracted.of("Congress leaders in New Delhi accused Prime Minister Narendra Modi of ignoring "
                + "farmers across India.");
        assertFalse(Extracted.names(e.organizations()).contains("United States Congress"), e.organizations().toString());
    }

    @Test
    void aOneWordPartyNeedsItsCountryInTheArticle() {
        Entities e = Extracted.of("Ezra Klein launched Vox in Washington, and Vox editors said the site would grow.");
        assertFalse(Extracted.names(e.organizations()).contains("Vox"), e.organizations().toString());
    }

    @Test
    void aBodyNamedInItsOwnLanguageIsTheSameBody() {
        Entities e = Extracted.of("German lawmakers in the Bundestag voted on Thursday to send more tanks.");
        Entity diet = e.organizations().stream().filter(o -> o.name().equals("Federal Diet of Germany")).findFirst()
                .orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("DE", diet.code());
    }

    @Test
    void aGenericArmedForceIsNamedWithItsCountrysAdjective() {
        Entities e = Extracted.of("The German Navy sent a frigate to the Red Sea, Berlin said on Monday.");
        Entity navy = e.organizations().stream().filter(o -> o.name().equals("German Navy")).findFirst()
                .orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("DE", navy.code());
    }

    @Test
    void aMinistryNamedGenericallyIsTheMinistryOfTheArticlesCountry() {
        Entities e = Extracted.of("Egypt's Interior Ministry said on Sunday that police in Cairo had arrested "
                + "twelve suspects.");
        Entity ministry = e.organizations().stream().filter(o -> o.name().equals("Ministry of Interior of Egypt"))
                .findFirst().orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("EG", ministry.code());
    }

    @Test
    void aNewlyCoveredCountrysArmyIsOfferedWithItsCountry() {
        Entities e = Extracted.of("The Royal Thai Army deployed troops to the southern provinces, officials in "
                + "Bangkok said on Tuesday.");
        Entity army = e.organizations().stream().filter(o -> o.name().equals("Royal Thai Army")).findFirst()
                .orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("TH", army.code());
    }

    @Test
    void anotherCountrysRoyalNavyDoesNotTakeTheNameOfTheBritishOne() {
        Entities e = Extracted.of("The Royal Navy sent a destroyer to the Gulf of Oman, officials in London said, "
                + "and Oman welcomed the ship.");
        Entity navy = e.organizations().stream().filter(o -> o.name().equals("Royal Navy")).findFirst()
                .orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("GB", navy.code());
    }

    @Test
    void aSecurityServiceIsOfferedWithItsCountry() {
        Entities e = Extracted.of("Russia's FSB said on Friday that it had detained two men in Moscow. The Federal "
                + "Security Service gave no names.");
        Entity fsb = e.organizations().stream().filter(o -> o.name().equals("Russian Federal Security Service"))
                .findFirst().orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("RU", fsb.code());
    }

    @Test
    void anotherCountrysServiceDoesNotTakeTheNameOfTheNationalSecurityAgency() {
        Entities e = Extracted.of("Egypt's president met the cabinet in Cairo. Egypt has long been wary, officials "
                + "said, of the National Security Agency in Washington.");
        Entity nsa = e.organizations().stream().filter(o -> o.name().equals("National Security Agency")).findFirst()
                .orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("US", nsa.code());
    }

    @Test
    void aGenericForceIsItsCountrysOnlyWhereThatCountryIsTheMostNamed() {
        Entities e = Extracted.of("Uruguay's fisheries agency said the Navy would study the sinking off Montevideo. "
                + "Uruguay's minister said the trawler had sailed from China.");
        assertFalse(Extracted.names(e.organizations()).contains("Chinese Navy"), e.organizations().toString());
    }

    @Test
    void aCentralBankIsOfferedWithItsCountry() {
        Entities e = Extracted.of("The Reserve Bank of India raised its policy rate on Wednesday, officials in Mumbai "
                + "said.");
        Entity bank = e.organizations().stream().filter(o -> o.name().equals("Reserve Bank of India")).findFirst()
                .orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("IN", bank.code());
    }

    @Test
    void aCentralBankNamedInItsOwnLanguageIsTheSameBank() {
        Entities e = Extracted.of("Traders in Zurich said the Schweizerische Nationalbank would cut rates on Thursday.");
        Entity bank = e.organizations().stream().filter(o -> o.name().equals("Swiss National Bank")).findFirst()
                .orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("CH", bank.code());
    }

    @Test
    void theCentralBankAloneIsTheBankOfTheArticlesMostNamedCountry() {
        Entities e = Extracted.of("Russia's economy shrank again. The Central Bank raised its key rate to 17 percent "
                + "overnight, and Russia's finance ministry in Moscow said the ruble would recover.");
        Entity bank = e.organizations().stream().filter(o -> o.name().equals("Central Bank of Russia")).findFirst()
                .orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("RU", bank.code());
    }

    @Test
    void aCommercialBankNamedAfterACountryIsNoCentralBank() {
        Entities e = Extracted.of("Bank of America, Bank of China and the National Bank of Greece reported higher "
                + "profits on Tuesday, lifting bank shares in New York, Beijing and Athens.");
        Set<String> names = Extracted.names(e.organizations());
        for (String centralBank : List.of("Federal Reserve System", "People's Bank of China", "Bank of Greece")) {
            assertFalse(names.contains(centralBank), e.organizations().toString());
        }
    }

    @Test
    void anInternationalOrganizationHasNoCountry() {
        Entity nato = Extracted.of("NATO leaders met in Madrid on Tuesday.").organizations().getFirst();
        assertEquals(null, nato.code());
    }

    @Test
    void aCompanyTheGazetteerDoesNotKnowIsNoOrganization() {
        Entities e = Extracted.of("Acme Widgets Corp said profits rose at its plant in Ohio.");
        assertTrue(e.organizations().isEmpty(), e.organizations().toString());
    }

    @Test
    void anOrganizationMentionIsTheSubstringAtItsOffsets() {
        String text = "Leaders of the European Union met. EU officials said the bloc was united.";
        Entity eu = Extracted.of(text).organizations().getFirst();
        eu.mentions().forEach(m -> assertEquals(text.substring(m.start(), m.end()), m.text()));
        assertEquals("European Union", eu.name());
    }
}
