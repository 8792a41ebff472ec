package news.dispatch.measure.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;
import org.junit.jupiter.api.Test;

/** How the BSNLP eval matches found persons and countries with the gold: inline documents, no corpus, no model. */
class BsnlpEvalTest {
    private static final BsnlpDocument.Gold PUTIN_RU = new BsnlpDocument.Gold("Путину", "Путин", "PER", "PER-Vladimir-Putin");
    private static final BsnlpDocument.Gold PUTIN_PL = new BsnlpDocument.Gold("Władimirowi Putinowi", "Władimir Putin", "PER",
            "PER-Vladimir-Putin");

    private static BsnlpDocument doc(String lang, BsnlpDocument.Gold... gold) {
        return new BsnlpDocument("bsnlp/test/" + lang + "/1", "test", lang, "", List.of(gold));
    }

    private static Entity entity(String name) {
        return new Entity(name, null, List.of(new Mention(0, 1, "x", "test")));
    }

    private static String report(BsnlpEval eval) {
        StringWriter out = new StringWriter();
        eval.report(new PrintWriter(out, true), 0);
        return out.toString();
    }

    @Test
    void aPersonFoundUnderTheGoldIdsNameMatchesInAnyScript() {
        BsnlpEval eval = new BsnlpEval();
        eval.add(doc("ru", PUTIN_RU), new Entities(List.of(entity("Vladimir Putin")), List.of()));
        assertTrue(report(eval).contains("persons   all: P 1.0000  R 1.0000"), report(eval));
    }

    @Test
    void aSurnameWithTheGivenNamesInitialMatchesTheGoldLemma() {
        BsnlpEval eval = new BsnlpEval();
        eval.add(doc("pl", PUTIN_PL), new Entities(List.of(entity("W. Putin")), List.of()));
        assertTrue(report(eval).contains("persons   all: P 1.0000  R 1.0000"), report(eval));
    }

    @Test
    void aTitleOpeningTheCanonicalNameDoesNotKeepItFromTheGoldPerson() {
        BsnlpEval eval = new BsnlpEval();
        eval.add(doc("pl", new BsnlpDocument.Gold("Benedykta XVI", "Benedykt XVI", "PER", "PER-Benedict-XVI")),
                new Entities(List.of(entity("Pope Benedict XVI")), List.of()));
        assertTrue(report(eval).contains("persons   all: P 1.0000  R 1.0000"), report(eval));
    }

    @Test
    void aGoldIdThePersonVariantsListUnderACanonicalNameMatchesThatName() {
        BsnlpEval eval = new BsnlpEval();
        eval.add(doc("cs", new BsnlpDocument.Gold("Charlesem", "Charles", "PER", "PER-Charles-Prince-of-Wales")),
                new Entities(List.of(entity("King Charles III")), List.of()));
        assertTrue(report(eval).contains("persons   all: P 1.0000  R 1.0000"), report(eval));
    }

    @Test
    void aCityIsNoGoldCountryAndACountryIsMatchedByItsCanonicalName() {
        BsnlpEval eval = new BsnlpEval();
        eval.add(doc("ru", new BsnlpDocument.Gold("Москве", "Москва", "LOC", "GPE-Moscow"),
                new BsnlpDocument.Gold("Великобритании", "Великобритания", "LOC", "GPE-Great-Britain")),
                new Entities(List.of(), List.of(entity("United Kingdom"))));
        assertTrue(report(eval).contains("countries all: P 1.0000  R 1.0000  F1 1.0000  (tp 1, predicted 1, gold 1)"), report(eval));
    }

    @Test
    void aPersonNamedTwoWaysInTwoLanguagesDoesNotGetOneName() {
        BsnlpEval eval = new BsnlpEval();
        eval.add(doc("ru", PUTIN_RU), new Entities(List.of(entity("Vladimir Putin")), List.of()));
        eval.add(doc("pl", PUTIN_PL), new Entities(List.of(entity("Władimir Putin")), List.of()));
        assertTrue(report(eval).contains("one name per person: 0 of 1 persons named in 2+ languages"), report(eval));
    }

    @Test
    void theOutcomesListEveryPersonFoundRightOrWrongAndEveryOneMissed() {
        BsnlpEval eval = new BsnlpEval();
        StringWriter outcomes = new StringWriter();
        eval.writeOutcomes(new PrintWriter(outcomes, true));
        eval.add(doc("ru", PUTIN_RU, new BsnlpDocument.Gold("Мэй", "Мэй", "PER", "PER-Theresa-May")),
                new Entities(List.of(entity("Vladimir Putin"), entity("Moskovskij")), List.of()));
        String lines = outcomes.toString();
        assertTrue(lines.contains("ru\tbsnlp/test/ru/1\tTP\tVladimir Putin\tx\tPER-Vladimir-Putin"), lines);
        assertTrue(lines.contains("ru\tbsnlp/test/ru/1\tFP\tMoskovskij\tx"), lines);
        assertTrue(lines.contains("ru\tbsnlp/test/ru/1\tFN\tPER-Theresa-May\tМэй=Мэй"), lines);
    }
}
