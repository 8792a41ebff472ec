package news.dispatch.entity.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;

/** Listed organizations found in the text of another language than English. */
class OrganizationNamesTest {
    @Test
    void aPartyWrittenInLowerCaseAsSloveneNewsWritesItIsTheParty() {
        List<Entity> found = OrganizationNames.standard().find(
                "Poslanci konservativne stranke so glasovali proti dogovoru.", "sl", List.of("GB"));
        assertEquals(List.of("Conservative Party"), found.stream().map(Entity::name).toList());
    }

    @Test
    void onlyANameCapitalizedInItsFirstWordAlonePassesToLowerCase() {
        assertEquals(Optional.of("konzervativní strana"), OrganizationNames.partyInLowerCase("Konzervativní strana"));
        assertEquals(Optional.empty(), OrganizationNames.partyInLowerCase("Partia Konserwatywna"));
        assertEquals(Optional.empty(), OrganizationNames.partyInLowerCase("UKIP"));
    }
}
