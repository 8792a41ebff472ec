package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;

/** A surname alone at a sentence's start is a mention of the person the same article names in full. */
class OpeningSurnamesTest {
    private static List<String> mentionsOf(String name, String text, String language) {
        return SlavicPersons.standard().find(text, language).stream().filter(e -> e.name().equals(name))
                .flatMap(e -> e.mentions().stream()).map(Mention::text).toList();
    }

    @Test
    void aSurnameOpeningASentenceJoinsTheFullNameOfTheSameArticle() {
        String text = "Лідер демократів у Сенаті Чак Шумер виступив у середу. Шумер заявив, що голосування відбудеться.";
        assertEquals(List.of("Чак Шумер", "Шумер"), mentionsOf("Chuck Schumer", text, "uk"));
    }

    @Test
    void aSurnameInAnotherCaseOpeningASentenceJoinsTheFullName() {
        String text = "Переговори з Жаном-Клодом Юнкером тривали годину. Юнкером були задоволені всі учасники зустрічі.";
        List<String> mentions = mentionsOf("Jean-Claude Juncker", text, "uk");
        assertEquals(List.of("Жаном-Клодом Юнкером", "Юнкером"), mentions);
    }

    @Test
    void anOpenerTheArticleAlsoWritesInLowerCaseIsNoMention() {
        String text = "W poniedziałek Andrzej Rak przyjechał do Warszawy. Rak to choroba, a rak jest groźny.";
        List<Entity> persons = SlavicPersons.standard().find(text, "pl");
        assertEquals(List.of("Andrzej Rak"), persons.stream().flatMap(e -> e.mentions().stream()).map(Mention::text).toList());
    }
}
