package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * A given name alone in a Slavic article beside a relative (Юлия beside Сергей Скрипаль) is the family member the
 * index names in full, in any script or with the surname in a case; never without the article's company.
 */
class FamilyGivenNamesTest {
    /** The index-wide groups of these Slavic articles (each a list of names), in Russian or Czech. */
    private static Map<String, String> groups(String language, List<List<String>> articles, Set<String> latinArticles) {
        Map<String, Integer> counts = new TreeMap<>();
        SlavicOnlyNames.Builder slavic = new SlavicOnlyNames.Builder();
        for (List<String> names : articles) {
            names.forEach(n -> counts.merge(n, 1, Integer::sum));
            slavic.article(names, latinArticles.containsAll(names) ? "cs" : language);
        }
        return PersonNameGroups.canonicalNames(counts, Set.of(), slavic.build());
    }

    @Test
    void aLoneGivenNameBesideARelativeIsTheFamilyMemberTheIndexNamesInFull() {
        var groups = groups("ru", List.of(List.of("Sergei Skripal", "Yulia"), List.of("Sergei Skripal", "Yulia"),
                List.of("Sergei Skripal", "Yulia"), List.of("Yulia Skripal"), List.of("Sergei Skripal")), Set.of());
        assertEquals("Yulia Skripal", groups.get("Yulia"));
    }

    @Test
    void aFullNameWithTheSurnameInTheFamilyPluralIsCalledByTheRelativesSurname() {
        // "Сергей и Юлия Скрипали" read as Ulia Skripali; the lone Юлия of the other articles as Yulia.
        var groups = groups("ru", List.of(List.of("Sergei Skripal", "Yulia"), List.of("Sergei Skripal", "Yulia"),
                List.of("Sergei Skripal", "Ulia Skripali")), Set.of());
        assertEquals(Map.of("Yulia", "Yulia Skripal", "Ulia Skripali", "Yulia Skripal"), groups);
    }

    @Test
    void aPersonReachedThroughARelativesSpellingFromCyrillicKeepsItsName() {
        // Джорджу (a dative) beside Джеб Буш: George Bush, whom Czech articles name so, is no "Dzordzu Bus". (With
        // George Washington in the index the lone given name is no one's by itself.)
        var groups = groups("ru", List.of(List.of("Dzeb Bus", "Dzordzu"), List.of("Dzordz Bus", "Dzordz Vasington"),
                List.of("George Bush"), List.of("George Washington", "George Bush")), Set.of("George Bush", "George Washington"));
        assertEquals("George Bush", groups.get("Dzordzu"));
        assertEquals("George Bush", groups.get("Dzordz Bus"));
    }

    @Test
    void aLoneWordFromCyrillicOnlySoundingLikeTheRelativesGivenNameIsNoFamilyMember() {
        // Белый (of Белый дом, the White House) beside Хиллари Клинтон sounds like Билл, which Cyrillic writes so.
        var groups = groups("ru", List.of(List.of("Hillary Clinton", "Belij"), List.of("Bill Clinton"),
                List.of("Bill Clinton", "Hillary Clinton")), Set.of("Bill Clinton"));
        assertFalse(groups.containsKey("Belij"), groups.toString());
    }

    @Test
    void aLoneWordOnlySoundingLikeTheRelativesGivenNameIsNoFamilyMember() {
        // Slovene "Gen" (of Gen energija, a firm) beside Donald Trump sounds like John.
        var groups = groups("sl", List.of(List.of("Donald Trump", "Gen"), List.of("John Trump", "Donald Trump")), Set.of());
        assertFalse(groups.containsKey("Gen"), groups.toString());
    }

    @Test
    void aLoneGivenNameFromCyrillicWrittenAsTheTableWritesTheLatinOneIsTheFamilyMember() {
        var groups = groups("ru", List.of(List.of("Hillary Clinton", "Bill"), List.of("Bill Clinton"),
                List.of("Bill Clinton", "Hillary Clinton")), Set.of("Bill Clinton"));
        assertEquals("Bill Clinton", groups.get("Bill"));
    }

    @Test
    void aLoneGivenNameInACaseBesideARelativeJoinsTheFamilyMember() {
        // Czech "Juliji" (dative of Julija) beside Sergeje Skripala.
        var groups = groups("ru", List.of(List.of("Sergei Skripal", "Juliji"), List.of("Yulia Skripal", "Sergei Skripal")),
                Set.of("Sergei Skripal", "Juliji"));
        assertEquals("Yulia Skripal", groups.get("Juliji"));
    }

    @Test
    void aLoneGivenNameBesideTwoFamiliesWithThatMemberStaysAsItIs() {
        var groups = groups("cs", List.of(List.of("Jan Novak", "Petr Svoboda", "Anna"), List.of("Anna Novak"),
                List.of("Anna Svoboda")), Set.of());
        assertFalse(groups.containsKey("Anna"), groups.toString());
    }

    @Test
    void aLoneGivenNameNamedApartFromTheFamilyJoinsNoOne() {
        var groups = groups("ru", List.of(List.of("Yulia"), List.of("Yulia"), List.of("Yulia"), List.of("Yulia Skripal"),
                List.of("Sergei Skripal")), Set.of());
        assertFalse(groups.containsKey("Yulia"), groups.toString());
    }

    @Test
    void aLoneGivenNameTakesNoFamilyMemberOnlyTheEnglishArticlesName() {
        Map<String, Integer> counts = Map.of("Shabir Ahmed", 2, "Fatima", 1, "Fatuma Ahmed", 3);
        SlavicOnlyNames.Builder slavic = new SlavicOnlyNames.Builder();
        slavic.article(List.of("Shabir Ahmed", "Fatima"), "pl").article(List.of("Shabir Ahmed"), "pl");
        slavic.article(List.of("Fatuma Ahmed"), "en");
        var groups = PersonNameGroups.canonicalNames(counts, Set.of(), slavic.build());
        assertFalse(groups.containsKey("Fatima"), groups.toString());
    }
}
