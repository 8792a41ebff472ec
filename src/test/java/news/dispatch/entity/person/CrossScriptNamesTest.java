package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Latin spelling of a name written in Cyrillic that the tables do not know as a whole person. */
class CrossScriptNamesTest {
    @Test
    void aCyrillicGForAnEnglishHTakesTheTablesSpellingWithH() {
        // Russian writes Howard both Говард and Ховард; Wikidata's table only lists the second.
        assertEquals(List.of("michael", "howard"), CrossScriptNames.standard().spelling(List.of("Майкл", "Говард")));
    }

    @Test
    void aCyrillicGWhoseGReadingSoundsLikeATableSpellingStaysG() {
        // Гари is Gary as often as Hari (Гари Джонсон, Gary Johnson), and read with g sounds like the table's Jerry.
        assertEquals("gari", CrossScriptNames.standard().spelling(List.of("Гари", "Джонсон")).getFirst());
    }

    @Test
    void aSurnameThatIsAListedGivenNameIsNoSlipOfASurnameItSoundsCloseTo() {
        // Micheal Martin (mrtn) sounds one consonant off Mikhail Mishustin (mstn), with the given name alike.
        assertEquals(java.util.Optional.empty(), CrossScriptNames.standard().known("micheal", "martin"));
        assertEquals(java.util.Optional.of("Mikhail Mishustin"), CrossScriptNames.standard().known("mihail", "misustin"));
    }

    @Test
    void aSurnameOneConsonantOffThatIsNoGivenNameStillNamesTheListedPerson() {
        assertEquals(java.util.Optional.of("Philip Hammond"), CrossScriptNames.standard().known("philip", "hammons"));
    }

    @Test
    void aNameSoundingExactlyLikeTwoListedPersonsTakesTheOneWhoseSurnameItIsSpeltLike() {
        // yermak and gromyko are both jrmk (a first y and a g are both j), and Andrei and Andriy both ndr.
        assertEquals(java.util.Optional.of("Andriy Yermak"), CrossScriptNames.standard().known("andrei", "yermak"));
        assertEquals(java.util.Optional.of("Andrei Gromyko"), CrossScriptNames.standard().known("andrei", "gromyko"));
    }

    @Test
    void aNameSpeltFarFromEveryListedPersonItSoundsLikeIsNoneOfThem() {
        assertEquals(java.util.Optional.empty(), CrossScriptNames.standard().known("andrei", "jarmiko"));
    }
}
