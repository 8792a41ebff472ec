package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;
import news.dispatch.entity.Extracted;

/** A peer named by title and surname alone is "Lord <Surname>" in every language, the name English coverage uses. */
class PeerNamesTest {
    private static List<String> names(String text, String language) {
        return SlavicPersons.standard().find(text, language).stream().map(Entity::name).toList();
    }

    @Test
    void aCzechLordNamedBySurnameAloneIsLordAndTheSurname() {
        assertEquals(List.of("Lord Kerr"), names("O prosazení dodatku se zasloužil zejména bývalý britský diplomat "
                + "lord Kerr, který dlouhodobě vystupuje proti brexitu.", "cs"));
    }

    @Test
    void aPolishLordInTheGenitiveIsNamedInTheNominative() {
        assertEquals(List.of("Lord Kerr"), names("Projekt poparli posłowie po wystąpieniu lorda Kerra w środę.", "pl"));
    }

    @Test
    void aBulgarianLordNamedBySurnameAloneIsLordAndTheSurname() {
        assertEquals(List.of("Lord Adonis"), names("Дори бившият министър лорд Адонис казва открито, че процесът може "
                + "да бъде спрян.", "bg"));
    }

    @Test
    void aRussianLordInTheGenitiveIsNamedInTheNominative() {
        assertEquals(List.of("Lord Adonis"), names("По словам лорда Адониса, процесс можно остановить.", "ru"));
    }

    @Test
    void aLordTheArticleNamesInFullKeepsHisFullName() {
        assertEquals(List.of("Andrew Adonis"), names("Bývalý ministr Andrew Adonis v úterý řekl, že lord Adonis "
                + "brexit nepodpoří.", "cs"));
    }

    @Test
    void anEnglishLordNamedBySurnameAloneIsLordAndTheSurname() {
        assertTrue(Extracted.persons("The author of Article 50, Lord Kerr, said on Monday that the process could "
                + "still be stopped.").contains("Lord Kerr"));
    }

    @Test
    void anEnglishFirstLadyIsNoPeeress() {
        List<String> names = Extracted.of("Officials said First Lady Gakonyo met the doctors on Tuesday, and Gakonyo "
                + "thanked the nurses.").persons().stream().map(Entity::name).toList();
        assertEquals(List.of("Gakonyo"), names);
    }
}
