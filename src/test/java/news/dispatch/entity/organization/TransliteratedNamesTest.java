package news.dispatch.entity.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A Latin name of the tables found in another script or spelling by its consonants. */
class TransliteratedNamesTest {
    private static TransliteratedNames table() {
        TransliteratedNames names = new TransliteratedNames();
        names.add("Tehreek-e-Labbaik Pakistan", "Tehreek-e-Labbaik Pakistan");
        names.add("Agence France-Presse", "Agence France-Presse");
        names.add("France Presse", "Agence France-Presse");
        names.add("Boko Haram", "Boko Haram");
        return names;
    }

    private static List<String> found(String text) {
        return table().find(text).stream().map(h -> text.substring(h.start(), h.end()) + " = " + h.name()).toList();
    }

    @Test
    void aPartysNameWrittenInCyrillicWithOtherVowelsIsThatParty() {
        assertEquals(List.of("Техрик-э-Лабаик Пакистан = Tehreek-e-Labbaik Pakistan"),
                found("Сторонники партии Техрик-э-Лабаик Пакистан вышли на улицы."));
    }

    @Test
    void aLowerCaseWordAfterAHyphenAndACaseEndingStillMatch() {
        assertEquals(List.of("Техрик-и-лабаик Пакистана = Tehreek-e-Labbaik Pakistan"),
                found("Лидерът на Техрик-и-лабаик Пакистана заяви."));
    }

    @Test
    void aLowerCaseWordAfterASpaceIsNotPartOfAName() {
        assertTrue(found("Spór Francji przez lata dotyczył ceł.").isEmpty());
    }

    @Test
    void aUkrainianSpellingOfAGroupIsThatGroup() {
        assertEquals(List.of("Боко Харам = Boko Haram"), found("Бойовики угруповання Боко Харам напали на село."));
    }

    @Test
    void aShortNameIsNotMatchedByItsConsonants() {
        TransliteratedNames names = new TransliteratedNames();
        names.add("Al Qaeda", "Al Qaeda");
        assertTrue(names.find("Аль-Каида").isEmpty());
    }

    @Test
    void aNameInAnotherScriptIsFoundInAnArticleThroughTheTables() {
        assertEquals(List.of("Tehreek-e-Labbaik Pakistan"), OrganizationNames.standard()
                .find("Партия Техрик-э-Лабаик Пакистан требует казни.", "ru", List.of("PK")).stream()
                .map(news.dispatch.entity.Entity::name).toList());
    }

    @Test
    void aBodysNameWithoutItsCountrysNameNamesItWhereTheArticleNamesThatCountry() {
        String text = "Сторонники Техрик-э-Лабайк вышли на улицы.";
        assertEquals(List.of("Tehreek-e-Labbaik Pakistan"), OrganizationNames.standard().find(text, "ru", List.of("PK"))
                .stream().map(news.dispatch.entity.Entity::name).toList());
        assertTrue(OrganizationNames.standard().find(text, "ru", List.of("IN")).isEmpty());
    }

    @Test
    void theSkeletonKeepsConsonantsAndMergesWhatRomanizationsTrade() {
        assertEquals("thrk", TransliteratedNames.skeleton("Техрик"));
        assertEquals("thrk", TransliteratedNames.skeleton("Tehríke"));
        assertEquals("lbk", TransliteratedNames.skeleton("Лабайк"));
        assertEquals("", TransliteratedNames.skeleton("э"));
    }

    @Test
    void aWThatIsPartOfAVowelIsNoConsonant() {
        TransliteratedNames names = new TransliteratedNames();
        names.add("Fox News", "Fox News");
        assertEquals(List.of("Фокс Нюз"), names.find("Гледах Фокс Нюз вчера.").stream()
                .map(h -> "Гледах Фокс Нюз вчера.".substring(h.start(), h.end())).toList());
    }
}
