package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;

/**
 * Royals named by a title and a given name only (titled-names.tsv): the title in the article's language, in any case,
 * right before a given name a royal of the table bears names that royal; the given name alone names no one.
 */
class RoyalTitlesTest {
    private static List<String> names(String text, String language) {
        return SlavicPersons.standard().find(text, language).stream().map(Entity::name).toList();
    }

    @Test
    void aPolishPrinceInTheGenitiveIsNamedByHisTitle() {
        assertEquals(List.of("King Charles III"), names("W katedrze połączono węzłem małżeńskim księcia Karola z narzeczoną.", "pl"));
    }

    @Test
    void aCzechKingNamedByHisSpanishGivenNameIsTheKingOfSpain() {
        assertEquals(List.of("King Felipe VI"), names("Ve středu král Felipe přijal premiéra v Madridu.", "cs"));
    }

    @Test
    void aRussianQueenNamedByHerGivenNameIsTheQueenOfDenmark() {
        assertEquals(List.of("Queen Margrethe II"), names("Во вторник королева Маргрете посетила Гренландию.", "ru"));
    }

    @Test
    void aCzechPrinceOfMonacoIsNamedByTheTitleKnize() {
        assertEquals(List.of("Prince Albert II"), names("Na zahájení festivalu dorazil také kníže Albert s manželkou.", "cs"));
    }

    @Test
    void aKingWhoseGivenNameTwoKingsShareIsNeitherOfThem() {
        List<String> found = names("Wczoraj król Filip spotkał się z premierem.", "pl");
        assertFalse(found.contains("King Felipe VI") || found.contains("King Philippe"), found.toString());
    }

    @Test
    void aGivenNameWithoutItsTitleIsNoRoyal() {
        assertFalse(names("Wczoraj Karol powiedział dziennikarzom, że wyjeżdża.", "pl").contains("King Charles III"));
    }

    @Test
    void aNumberedKingTakesTheNameHisTitledGivenNameTakes() {
        assertEquals(List.of("King Felipe VI"), names("Ve středu Felipe VI přijal premiéra v Madridu.", "cs"));
    }
}
