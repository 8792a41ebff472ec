package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;

/** A man's full name written only in an oblique case is named in his nominative, by both words' endings. */
class SlavicNamesInCaseTest {
    private static Entity person(String text, String language, String mention) {
        return SlavicPersons.standard().find(text, language).stream()
                .filter(p -> p.mentions().stream().map(Mention::text).anyMatch(mention::equals))
                .findFirst().orElseThrow(() -> new AssertionError("no person mentioned as " + mention));
    }

    @Test
    void aRussianGivenNameInIyaBeforeASurnameInAIsAMansGenitive() {
        assertEquals("Dmitrij Kovalcuk", person("Об этом сообщил пресс-секретарь Дмитрия Ковальчука в понедельник.", "ru",
                "Дмитрия Ковальчука").name());
    }

    @Test
    void aRussianSurnameInIyaAfterAMansGivenNameInTheGenitiveIsHisGenitiveToo() {
        assertEquals("Fedor Lapij", person("По словам Федора Лапия, вакцина безопасна.", "ru", "Федора Лапия").name());
    }

    @Test
    void aSurnameInOvaAfterAMansGivenNameInTheGenitiveIsHisGenitive() {
        assertEquals("Egor Kruckov", person("Об этом рассказал адвокат Егора Крючкова журналистам.", "ru", "Егора Крючкова").name());
    }

    @Test
    void aWomansSurnameInOvaAfterHerGivenNameStaysHers() {
        assertEquals("Anna Popova", person("Об этом заявила глава Роспотребнадзора Анна Попова в понедельник.", "ru",
                "Анна Попова").name());
    }

    @Test
    void aWomansGivenNameInIyaKeepsItsEnding() {
        assertEquals("Maria", person("Об этом сказала Мария Захарова в понедельник.", "ru", "Мария Захарова").name().split(" ")[0]);
    }

    @Test
    void aGivenNameInIyaBeforeAnAdjectivalWomansSurnameIsHers() {
        assertEquals("Valeria", person("Об этом писала Валерия Новодворская в своей книге.", "ru", "Валерия Новодворская").name()
                .split(" ")[0]);
    }

    @Test
    void aSurnameInYaAfterAMansGenitiveIsReadAsANameInJ() {
        assertEquals("Christopher Rey", person("Об этом заявил представитель Кристофера Рея во вторник.", "ru", "Кристофера Рея").name());
    }

    @Test
    void aCzechSurnameInEkTakesItsFleetingEBackFromTheGenitive() {
        assertEquals("Michal Horáček", person("Podle slov Michala Horáčka je situace vážná.", "cs", "Michala Horáčka").name());
    }

    @Test
    void aSurnameEndingInYaAfterAnApostropheIsNoCaseForm() {
        assertEquals("Bhattacara", person("Дослідження провела Діпта Бхаттачарʼя з Лондона.", "uk", "Діпта Бхаттачарʼя").name()
                .split(" ")[1]);
    }

    @Test
    void aSurnameInAAfterAnUndeclinedGivenNameIsAGenitiveWhenTheArticleWritesItsStem() {
        assertEquals("Dzejkobs", person("За словами директора Кенні Джейкобса, компанія скоротить рейси. Джейкобс додав, що ціни зростуть.",
                "uk", "Кенні Джейкобса").name().split(" ")[1]);
    }

    @Test
    void aSurnameInAAfterAnUndeclinedGivenNameStaysAsWrittenWithoutAnotherForm() {
        assertEquals("Barra", person("Глава General Motors Мэри Барра выступила в Детройте. Мэри Барра считает иначе.", "ru",
                "Мэри Барра").name().split(" ")[1]);
    }

    @Test
    void theSurnameBesideTheGivenNameInItsNominativeIsTheNominative() {
        assertEquals("Chris Wallace", person("Soočenje je vodil Chris Wallace. Kandidata sta prekinjala Chrisa Wallaca.", "sl",
                "Chris Wallace").name());
    }

    @Test
    void aRussianGivenNameInEyTakesItsYBackFromTheInstrumental() {
        assertEquals("Andrej", person("Он встретился с Андреем Деркачем в Киеве.", "ru", "Андреем Деркачем").name().split(" ")[0]);
    }

    @Test
    void aSlovakTomasIsAGivenNameThoughSaoTomeIsSvatyTomasInSlovak() {
        assertEquals("Tomáš Hudák", person("Na zraze chýbal útočník Tomáš Hudák, ktorý je chorý.", "sk", "Tomáš Hudák").name());
    }

    @Test
    void aSlovakWomansGivenNameBeforeASurnameInAStaysAsWritten() {
        assertEquals("Daša Hudecová", person("Na festivale spievala Daša Hudecová so svojou kapelou.", "sk", "Daša Hudecová").name());
    }

    @Test
    void aSlovakSurnameInUAfterAMansGenitiveIsASurnameInA() {
        assertEquals("Jozef Motyka", person("Opozícia kritizovala postup Jozefa Motyku aj jeho strany.", "sk", "Jozefa Motyku").name());
    }

    @Test
    void aSlovakPetraBeforeAMansSurnameIsPetersGenitive() {
        assertEquals("Peter Hlaváč", person("Podľa Petra Hlaváča je to chyba vlády.", "sk", "Petra Hlaváča").name());
    }

    @Test
    void aSlovakSurnameInOvaAfterAGivenNameSpeltTheSlovakWayKeepsIt() {
        assertEquals("Kristína Hornová", person("Na koncerte spievala Kristína Hornová so svojou kapelou.", "sk", "Kristína Hornová").name());
    }

    @Test
    void aSlovakSurnameInOvaAfterAVowelKeepsItWhenItsStemIsSpeltTheSlovakWay() {
        assertEquals("Magda Šándoryová", person("Do divadla sa vrátila herečka Magda Šándoryová po dlhej pauze.", "sk",
                "Magda Šándoryová").name());
    }

    @Test
    void aGivenNameBeforeAWomansSurnameInTheSlovakGenitiveIsHerNominativeInA() {
        assertEquals("Irena Mrázová", person("Podľa Ireny Mrázovej je rozpočet mesta vyrovnaný.", "sk", "Ireny Mrázovej").name());
    }

    @Test
    void aSlovakSurnameInOvaAfterACzechOrSlovakWomansGivenNameKeepsItThoughTheStemLooksForeign() {
        assertEquals("Jana Kleinová", person("Výstavu otvorila riaditeľka galérie Jana Kleinová v piatok.", "sk", "Jana Kleinová").name());
    }

    @Test
    void aForeignWomansSurnameInOvaStillLosesItAfterACzechGivenNameWhenTheTablesKnowHer() {
        assertEquals("Elena Kagan", person("Sudkyňa Elena Kaganová hlasovala proti.", "sk", "Elena Kaganová").name());
    }

    @Test
    void aSlovakPluralAdjectiveOpensAPlaceNotAPerson() {
        assertEquals(java.util.List.of("Peter Hudec"), SlavicPersons.standard().find(
                "Peter Hudec trénoval v lete vo Vysokých Tatrách so svojím tímom.", "sk").stream().map(Entity::name).toList());
    }
}
