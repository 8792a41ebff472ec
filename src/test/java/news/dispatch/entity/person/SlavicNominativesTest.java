package news.dispatch.entity.person;

import static news.dispatch.entity.person.SlavicPersonsFound.assertOnePerson;
import static news.dispatch.entity.person.SlavicPersonsFound.only;
import static news.dispatch.entity.person.SlavicPersonsFound.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The name a found Slavic person is given ({@link SlavicNominatives} and the rules it delegates to): the listed
 * person a surname alone stands for, the grammar of given name and surname, foreign names' lost final vowels and
 * Czech women's -ová, and the spelling in Latin letters.
 */
class SlavicNominativesTest {
    @Test
    void aWomansOvaFormOfAListedSurnameAloneIsThatPerson() {
        assertOnePerson("Podľa Merkelovej je dohoda blízko a s Merkelovou súhlasí aj vláda.", "sk", "Angela Merkel",
                "Merkelovej", "Merkelovou");
        assertOnePerson("Vláda rozhodla, že Merkelová přiletí.", "cs", "Angela Merkel", "Merkelová");
    }

    @Test
    void aCzechNameWithALetterOnlyCzechWritesIsNoListedPersonItSoundsLike() {
        assertOnePerson("Vakcínu podle něj doporučuje profesor Jiří Beran z Hradce Králové.", "cs", "Jiří Beran",
                "Jiří Beran");
    }

    @Test
    void aCzechWordWithALetterOnlyCzechWritesAloneIsNoListedSurnameItSoundsLike() {
        assertEquals(List.of(), persons("Oznámil to premiér. Téměř 56 milionů obyvatel zůstane doma.", "cs").stream()
                .filter(p -> p.name().contains("Temer")).toList());
    }

    @Test
    void aSlovenePossessiveOfAListedSurnameAloneIsThatPerson() {
        assertOnePerson("Evropski svet je sprejel Tuskove predloge.", "sl", "Donald Tusk", "Tuskove");
    }

    @Test
    void aSurnameInOmAfterAGivenNameInAIsHersAsWritten() {
        assertOnePerson("Wczoraj Brenda Holsom ogłosiła swoją kandydaturę.", "pl", "Brenda Holsom", "Brenda Holsom");
    }

    @Test
    void aMansGivenNameInAccusativeBeforeASurnameInUNamesHisSurnameInA() {
        assertOnePerson("Суд оправдал Карима Бахту в четверг.", "ru", "Karim Bahta", "Карима Бахту");
    }

    @Test
    void aForeignSurnameTheArticleAlsoWritesUndeclinedKeepsItsFinalVowel() {
        assertOnePerson("Pogovor z Andrewom Cuomom je trajal dolgo. Cuomo je nato odšel.", "sl", "Andrew Cuomo",
                "Andrewom Cuomom", "Cuomo");
    }

    @Test
    void aDeclinedGivenNameTheEnglishTablesKnowWithAFinalVowelTakesThatSpelling() {
        assertOnePerson("Wczoraj wspominano Georga Busha i jego politykę.", "pl", "George Bush", "Georga Busha");
    }

    @Test
    void aStemEndingInAConsonantBeforeRIsAForeignNameInO() {
        assertOnePerson("Senatorji so zaslišali Alejandra Mayorkasa o meji.", "sl", "Alejandro Mayorkas",
                "Alejandra Mayorkasa");
    }

    @Test
    void aRussianGivenNameEndingInAConsonantBeforeRKeepsItsStem() {
        assertOnePerson("Minister je včeraj sprejel Aleksandra Medvedčuka v Ljubljani.", "sl", "Aleksandr Medvedčuk",
                "Aleksandra Medvedčuka");
    }

    @Test
    void capitalsInsideALatinNameAreKeptAsWritten() {
        assertOnePerson("Wczoraj zmarła wdowa po senatorze, Cindy McCain przyjęła kondolencje.", "pl", "Cindy McCain",
                "Cindy McCain");
    }

    @Test
    void anIrishApostropheInsideALatinNameIsKeptAsWritten() {
        assertOnePerson("Wczoraj Patrick O'Flynn przemawiał w parlamencie.", "pl", "Patrick O'Flynn", "Patrick O'Flynn");
    }

    @Test
    void aCzechWomansEndingAfterAForeignSurnameGoesAfterAGivenNameOfTheEnglishTables() {
        assertOnePerson("Ministryně Carrie Lamová to v pondělí oznámila.", "cs", "Carrie Lam", "Carrie Lamová");
    }

    @Test
    void aCzechWomansSurnameWithCzechLettersKeepsItsEnding() {
        assertOnePerson("Ministryně Julie Urbišová to v pondělí oznámila.", "cs", "Julia Urbišová", "Julie Urbišová");
    }

    @Test
    void aWomansGivenNameInANominativeKeepsTheAOfHerSurname() {
        assertEquals("Anna Brzoza", only(persons("Wczoraj posłanka Anna Brzoza złożyła projekt ustawy.", "pl")).name());
    }

    @Test
    void aPolishWomansGivenNameBeforeASurnameInAIsHerNominativeNotAMansGenitive() {
        assertEquals("Krystyna Janda", only(persons("O szczepieniu poinformowała aktorka Krystyna Janda.", "pl")).name());
    }
}
