package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;

/**
 * Persons the Slavic finder used to miss outright: a woman named by her Czech surname alone, a given name that is
 * also an English place, a sentence-opening given name no table knows, a peer named by his title, a given name
 * joined by a conjunction to a titled one.
 */
class SlavicPersonsNamedOnceTest {
    private static List<List<String>> mentions(String text, String language) {
        return SlavicPersons.standard().find(text, language).stream()
                .map(e -> e.mentions().stream().map(Mention::text).toList()).toList();
    }

    @Test
    void aCzechWomanNamedOnlyByHerSurnameIsAPerson() {
        List<List<String>> found = mentions("Obviněná žena strávila ve vězení osm let. Soud v úterý Kowalczykovou "
                + "osvobodil a rodina Kowalczykové se raduje.", "cs");
        assertEquals(List.of(List.of("Kowalczykovou", "Kowalczykové")), found);
    }

    @Test
    void aPluralOfMenInOveIsNoWoman() {
        assertTrue(mentions("Ve čtvrtek se sešli ministři. Podle průzkumu Britové odcházejí a Skotové zůstávají.", "cs")
                .isEmpty());
    }

    @Test
    void anEnglishPlaceBeforeASurnameThatRecursAloneIsAGivenName() {
        List<List<String>> found = mentions("W sądzie zeznawała wczoraj Sydney Kowalczyk. Sędzia wysłuchał Kowalczyk "
                + "dwukrotnie.", "pl");
        assertEquals(List.of(List.of("Sydney Kowalczyk", "Kowalczyk")), found);
    }

    @Test
    void aSentenceOpeningGivenNameIsKeptWhenTheFullNameRecurs() {
        List<List<String>> found = mentions("Мишел Пембъртън пристигна в Брюксел в понеделник. Вчера министрите "
                + "се срещнаха. Мишел Пембъртън ще се върне в петък.", "bg");
        assertEquals(List.of(List.of("Мишел Пембъртън", "Мишел Пембъртън")), found);
    }

    @Test
    void aPeerNamedByHisTitleAloneIsAPerson() {
        List<List<String>> found = mentions("Dodatek prosadil zejména bývalý britský diplomat lord Hennessy, který "
                + "vystupuje proti brexitu.", "cs");
        assertEquals(List.of(List.of("Hennessy")), found);
    }

    @Test
    void aTitleGovernsBothGivenNamesJoinedByAConjunction() {
        List<String> names = SlavicPersons.standard().find("O uwolnienie kobiety apelowali papieże Benedykt XVI "
                + "i Franciszek.", "pl").stream().map(Entity::name).toList();
        assertEquals(List.of("Pope Benedict XVI", "Pope Francis"), names);
    }

    @Test
    void aNameWordAfterALowerCaseParticleStaysInTheNameInEveryCase() {
        List<List<String>> found = mentions("Апелляцию подал адвокат Анвар уль-Хак из Лахора. Клиенты Анвара "
                + "уль-Хака ждут решения суда.", "ru");
        assertEquals(List.of(List.of("Анвар уль-Хак", "Анвара уль-Хака")), found);
    }

    @Test
    void aParticleBeforeABodysNameMakesNoPerson() {
        assertTrue(mentions("Stacja al-Dżazira podała w piątek, że al-Kaida przyznała się do zamachu.", "pl").isEmpty());
    }

    @Test
    void aParticleWrittenApartBetweenTwoNameWordsIsPartOfTheName() {
        List<List<String>> found = mentions("Odvolání podal advokát Ihsan ul Haq z Láhauru. Klientům Ihsana ul Haqa "
                + "hrozí vězení.", "cs");
        assertEquals(List.of(List.of("Ihsan ul Haq", "Ihsana ul Haqa")), found);
    }

    @Test
    void aSentenceOpeningNameIsKeptWhenACommaAndAQualifiedTitleFollow() {
        List<List<String>> found = mentions("Делото продължава. Стоян Маринов, известният адвокат от Пловдив, поиска "
                + "отлагане.", "bg");
        assertEquals(List.of(List.of("Стоян Маринов")), found);
    }
}
