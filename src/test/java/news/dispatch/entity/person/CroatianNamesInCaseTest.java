package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;

/** Croatian names in their oblique cases, and the declined words after a title that are no person. */
class CroatianNamesInCaseTest {
    private static Entity person(String text, String mention) {
        return SlavicPersons.standard().find(text, "hr").stream()
                .filter(p -> p.mentions().stream().map(Mention::text).anyMatch(mention::equals))
                .findFirst().orElseThrow(() -> new AssertionError("no person mentioned as " + mention));
    }

    private static List<String> names(String text) {
        return SlavicPersons.standard().find(text, "hr").stream().map(Entity::name).toList();
    }

    @Test
    void aMansGivenNameInKoWrittenOnlyInTheGenitiveIsNamedInO() {
        assertEquals("Darko Kovačević", person("Sastanak je vodio zamjenik Darka Kovačevića, a sutra se očekuje i odluka.",
                "Darka Kovačevića").name());
    }

    @Test
    void aMansSurnameWrittenOnlyInItsObliqueCasesGetsBackItsFleetingA() {
        assertEquals("Tomislav Bradarac", person("Ministar je sastanku pozvao Tomislava Bradarca, a s Tomislavom Bradarcem "
                + "razgovarao je i premijer.", "Tomislava Bradarca").name());
    }

    @Test
    void aWomansGivenNameInTheDativeBeforeHerUndeclinedSurnameIsNamedInA() {
        assertEquals("Tatjana Radovan", person("Gradsko vijeće uručilo je priznanje Tatjani Radovan za rad s djecom.",
                "Tatjani Radovan").name());
    }

    @Test
    void aGivenNameInKBesideAListedForeignSurnameKeepsItsConsonant() {
        assertEquals("Mark Rutte", person("Premijer je razgovarao s kolegom, a izjavu Marka Ruttea prenijeli su svi mediji.",
                "Marka Ruttea").name());
    }

    @Test
    void aMansGivenNameInABeforeHisSurnameInTheDativeIsHis() {
        assertEquals("Nikola Barišić", person("Nagradu za životno djelo uručili su Nikoli Barišiću iz Osijeka.",
                "Nikoli Barišiću").name());
    }

    @Test
    void aMansGivenNameInIoInTheGenitiveBeforeHisDeclinedSurnameIsHis() {
        assertEquals("Mario Mandžukić", person("Na popisu nema Marija Mandžukića, koji se oprostio od reprezentacije.",
                "Marija Mandžukića").name());
    }

    @Test
    void aMansGivenNameInIoTheTablesDoNotKnowIsNamedInIo() {
        assertEquals("Dario Pleić", person("Novi film redatelja Darija Pleića prikazan je u srijedu u Zagrebu.",
                "Darija Pleića").name());
    }

    @Test
    void aWomanNamedMarijaBeforeHerUndeclinedSurnameStaysHers() {
        assertEquals("Marija Mandžukić", person("Na popisu je Marija Mandžukić, koja je osvojila medalju.",
                "Marija Mandžukić").name());
    }

    @Test
    void aMansGivenNameInODeclinedLikeLukaIsNamedInO() {
        assertEquals("Bruno Kovačić", person("Novi film redatelja Brune Kovačića prikazan je u srijedu.", "Brune Kovačića").name());
    }

    @Test
    void aWomansGivenNameInTheGenitiveBeforeHerUndeclinedSurnameStaysHers() {
        assertEquals("Ana Barišić", person("Novu knjigu Ane Barišić predstavili su u Splitu pred punom dvoranom.",
                "Ane Barišić").name());
    }

    @Test
    void aWomansSurnameInATakingHerCaseEndingDoesNotMakeHerAMan() {
        assertEquals("Ivana", person("Izložbu slika Ivane Šole otvorio je u petak gradonačelnik.", "Ivane Šole").name()
                .split(" ")[0]);
    }

    @Test
    void anAcronymWithAHyphenedCaseEndingIsNoPerson() {
        assertEquals(List.of(), names("Glasnogovornik SDP-a rekao je da ravnatelj HZJZ-a još nije odgovorio na pitanja."));
    }

    @Test
    void aDeclinedPlaceAfterATitleIsNoPerson() {
        assertEquals(List.of("Tomislav Horvat"), names("Tomislav Horvat izabran je u nedjelju za gradonačelnika Zagreba."));
    }

    @Test
    void anInstitutionAfterATitleIsNoPerson() {
        assertTrue(names("Na sjednici je izvješće podnijela ravnateljica Uprave, a potom i predsjednik Povjerenstva.").isEmpty());
    }

    @Test
    void aMansGivenNameInEWrittenInTheGenitiveIsNamedInE() {
        assertEquals("Hrvoje Kovačić", person("Prijedlog Hrvoja Kovačića gradsko je vijeće odbilo u utorak navečer.",
                "Hrvoja Kovačića").name());
    }

    @Test
    void aMansGivenNameWithAFleetingAIsNamedWithIt() {
        assertEquals("Petar Grubišić", person("Razgovarali smo s Petrom Grubišićem o novom stadionu u Splitu.",
                "Petrom Grubišićem").name());
    }

    @Test
    void aSurnameAloneAfterAVerbOfSayingAndItsAuxiliaryIsTheSpeaker() {
        assertEquals(List.of("Rendulić"), names("Odluka je konačna i neće se mijenjati, kazao je Rendulić novinarima u Zadru."));
    }

    @Test
    void aForeignNameInIoKeepsItsJInTheInstrumental() {
        assertEquals("Marco Rubio", person("Ministrica je u utorak razgovarala s Marcom Rubijem o trgovinskim carinama.",
                "Marcom Rubijem").name());
    }
}
