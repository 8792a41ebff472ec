package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;

/**
 * The table of known persons in every language: persons of 2016-2024 news in Cyrillic and in Slavic Latin spellings
 * take their English canonical name, and a given name after its title (papież Franciszek) is that one person.
 */
class KnownPersonsTest {
    private static List<String> names(String text, String language) {
        return SlavicPersons.standard().find(text, language).stream().map(Entity::name).toList();
    }

    @Test
    void aRussianSenatorTakesHisEnglishName() {
        assertEquals(List.of("Raphael Warnock"), names("В Джорджии победил Рафаэль Уорнок, пастор из Атланты.", "ru"));
    }

    @Test
    void aRussianLawyerTakesHisEnglishNameThoughHisGivenNameIsTheFullOne() {
        assertEquals(List.of("Rudy Giuliani"), names("Адвокат президента Рудольф Джулиани подал иск.", "ru"));
    }

    @Test
    void aBulgarianSpellingOfASenatorTakesHisEnglishName() {
        assertEquals(List.of("Lindsey Graham"), names("Сенаторът Линдзи Греъм заяви, че ще гласува.", "bg"));
    }

    @Test
    void aUkrainianSpellingOfAPressSecretaryTakesHerEnglishName() {
        assertEquals(List.of("Jen Psaki"), names("Речниця Білого дому Джен Псакі заявила про це в понеділок.", "uk"));
    }

    @Test
    void aShortNameInRussianTakesTheEnglishNameTheTableSpellsLetterForLetter() {
        assertEquals(List.of("Al Gore"), names("В 2000 году Ал Гор проиграл выборы.", "ru"));
    }

    @Test
    void aShortNameInBulgarianTakesTheEnglishNameTheTableSpellsLetterForLetter() {
        assertEquals(List.of("Jon Ossoff"), names("В Джорджия Джон Ософ спечели изборите.", "bg"));
    }

    @Test
    void aNameCloseToAListedOneButNotItsSoundStaysItsOwn() {
        assertEquals(List.of("Stephen Barclay"), names("Včeraj je Stephen Barclay govoril v parlamentu.", "sl"));
    }

    @Test
    void anInflectedPolishNameOfAGovernmentMemberTakesTheEnglishName() {
        assertEquals(List.of("Anthony Fauci"), names("Zdaniem Anthony'ego Fauciego szczepionka będzie gotowa wiosną.", "pl"));
    }

    @Test
    void xiJinpingIsOneNameInRussianUkrainianBulgarianAndCzech() {
        assertEquals(List.of("Xi Jinping"), names("Вчера Си Цзиньпин провёл переговоры.", "ru"));
        assertEquals(List.of("Xi Jinping"), names("Учора Сі Цзіньпін провів переговори.", "uk"));
        assertEquals(List.of("Xi Jinping"), names("Вчера Си Дзинпин проведе разговори.", "bg"));
        assertEquals(List.of("Xi Jinping"), names("Včera Si Ťin-pching jednal v Pekingu.", "cs"));
    }

    @Test
    void aGivenNameAfterTheTitleOfPopeIsPopeFrancis() {
        assertEquals(List.of("Pope Francis"), names("W niedzielę papież Franciszek odprawił mszę.", "pl"));
    }

    @Test
    void anInflectedTitleAndGivenNameAreStillPopeFrancis() {
        assertEquals(List.of("Pope Francis"), names("Wierni czekali na papieża Franciszka od rana.", "pl"));
    }

    @Test
    void theGivenNameAloneIsNotPopeFrancis() {
        assertTrue(names("Wczoraj rano przyszedł do nas Franciszek z sąsiedztwa.", "pl").stream()
                .noneMatch("Pope Francis"::equals));
    }

    @Test
    void aPrinceNamedByHisGivenNameInBulgarianIsPrinceHarry() {
        assertEquals(List.of("Prince Harry"), names("Снощи принц Хари пристигна в Лондон.", "bg"));
    }

    @Test
    void aCzechPrinceInAnObliqueCaseIsPrinceHarry() {
        assertEquals(List.of("Prince Harry"), names("Novinářům se nelíbilo chování prince Harryho na oslavě.", "cs"));
    }

    @Test
    void theProphetInARussianObliqueCaseIsTheProphetMuhammad() {
        assertEquals(List.of("Prophet Muhammad"), names("Её обвинили в оскорблении пророка Мухаммеда.", "ru"));
    }

    @Test
    void aQueenNamedByHerPolishGivenNameIsQueenElizabethII() {
        assertEquals(List.of("Queen Elizabeth II"), names("W środę królowa Elżbieta przyjęła premiera.", "pl"));
    }
}
