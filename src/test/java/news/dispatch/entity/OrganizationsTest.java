package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Organizations: the model's ORGANIZATION spans named by organizations.tsv, never persons. */
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
        Entities e = Extracted.of("The Kremlin said talks would continue, and the State Department declined to comment.");
        assertTrue(e.organizations().isEmpty(), e.organizations().toString());
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
