package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.person.SlavicWords.Word;

/** A surname's case read from the person's other mentions in the article. */
class SurnameCasesTest {
    private static SlavicPerson person(int length, String... mentions) {
        SlavicPerson p = new SlavicPerson();
        p.length = length;
        for (String m : mentions) p.mentions.add(SlavicWords.words(m));
        return p;
    }

    private static List<List<Word>> full(String... mentions) {
        return Arrays.stream(mentions).map(SlavicWords::words).toList();
    }

    @Test
    void aSurnameInAIsDeclinedWhenAnotherMentionWritesItsStem() {
        assertTrue(SurnameCases.declinedElsewhere(person(2, "Кенні Джейкобса", "Джейкобс"), "uk"));
    }

    @Test
    void aSurnameInAWrittenNoOtherWayIsNotDeclinedElsewhere() {
        assertFalse(SurnameCases.declinedElsewhere(person(2, "Мэри Барра", "Мэри Барра"), "ru"));
    }

    @Test
    void theSurnameBesideTheGivenNameInItsNominativeIsTheNominative() {
        assertEquals(Optional.of("Wallace"), SurnameCases.besideNominative(full("Chris Wallace", "Chrisa Wallaca"), "Chris", "sl"));
    }

    @Test
    void aSurnameWrittenInOneFormOnlyIsLeftToTheVote() {
        assertEquals(Optional.empty(), SurnameCases.besideNominative(full("Chris Wallace", "Chris Wallace"), "Chris", "sl"));
    }

    @Test
    void aGivenNameEndingInAVowelShowsNoCase() {
        assertEquals(Optional.empty(), SurnameCases.besideNominative(full("Anna Wallace", "Anny Wallaca"), "Anna", "sl"));
    }
}
