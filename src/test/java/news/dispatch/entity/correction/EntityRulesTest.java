package news.dispatch.entity.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;
import news.dispatch.entity.correction.EntityRule.Action;

/** Each kind of user rule, and the automatic person merges, applied to one article's extracted entities. */
class EntityRulesTest {
    private static Entity person(String name, String... mentions) {
        return new Entity(name, null, mentionsOf(mentions));
    }

    private static List<Mention> mentionsOf(String... texts) {
        List<Mention> list = new java.util.ArrayList<>();
        int at = 0;
        for (String t : texts) {
            list.add(new Mention(at, at + t.length(), t, "model PER"));
            at += t.length() + 10;
        }
        return list;
    }

    private static EntityRules.Resolution apply(List<EntityRule> rules, Entities entities) {
        return new EntityRules(rules, Map.of()).apply(entities, "a1");
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void mergeMovesTheMentionsIntoTheOtherValueAndSaysByWhichRule() {
        var r = apply(List.of(new EntityRule(Action.MERGE, "person", "Chris Stevens", "Christopher Stevens")),
                new Entities(List.of(person("Chris Stevens", "Chris Stevens")), List.of()));
        assertEquals(List.of("Christopher Stevens"), names(r.entities().persons()));
        assertEquals("merged from 'Chris Stevens' by rule 1", r.corrections().getFirst().describe());
    }

    @Test
    void mergeIntoAValueTheArticleHasJoinsTheTwoIntoOne() {
        var r = apply(List.of(new EntityRule(Action.MERGE, "person", "J. Stevens", "Christopher Stevens")),
                new Entities(List.of(person("Christopher Stevens", "Christopher Stevens"), person("J. Stevens", "J. Stevens")), List.of()));
        assertEquals(List.of("Christopher Stevens"), names(r.entities().persons()));
        assertEquals(2, r.entities().persons().getFirst().mentions().size());
    }

    @Test
    void renameGivesTheValueItsNewName() {
        var r = apply(List.of(new EntityRule(Action.RENAME, "person", "Bashar] Assad", "Bashar al-Assad")),
                new Entities(List.of(person("Bashar] Assad", "Bashar] Assad")), List.of()));
        assertEquals(List.of("Bashar al-Assad"), names(r.entities().persons()));
        assertEquals("renamed from 'Bashar] Assad' by rule 1", r.corrections().getFirst().describe());
    }

    @Test
    void blockRemovesTheValue() {
        var r = apply(List.of(new EntityRule(Action.BLOCK, "person", "Capitol Hill", null)),
                new Entities(List.of(person("Capitol Hill", "Capitol Hill"), person("Joe Biden", "Biden")), List.of()));
        assertEquals(List.of("Joe Biden"), names(r.entities().persons()));
        assertEquals("blocked person 'Capitol Hill' by rule 1", r.corrections().getFirst().describe());
    }

    @Test
    void retypeMovesAPersonToTheOrganizations() {
        var r = apply(List.of(new EntityRule(Action.RETYPE, "person", "Al Qaeda", "organization")),
                new Entities(List.of(person("Al Qaeda", "Al Qaeda")), List.of(), List.of()));
        assertTrue(r.entities().persons().isEmpty());
        assertEquals(List.of("Al Qaeda"), names(r.entities().organizations()));
        assertEquals("retyped from person 'Al Qaeda' by rule 1", r.corrections().getFirst().describe());
    }

    @Test
    void notEntityRemovesThatMentionAndTheValueWhenNoMentionIsLeft() {
        var rules = List.of(new EntityRule(Action.NOT_ENTITY, "person", "hill", null));
        var r = apply(rules, new Entities(List.of(person("Capitol Hill", "Hill"), person("Anita Hill", "Anita Hill", "Hill")), List.of()));
        assertEquals(List.of("Anita Hill"), names(r.entities().persons()));
        assertEquals(1, r.entities().persons().getFirst().mentions().size());
    }

    @Test
    void notEntityLimitedToAnArticleLeavesOtherArticlesAlone() {
        var rules = new EntityRules(List.of(new EntityRule(Action.NOT_ENTITY, "person", "Hill", "a2")), Map.of());
        var r = rules.apply(new Entities(List.of(person("Capitol Hill", "Hill")), List.of()), "a1");
        assertEquals(List.of("Capitol Hill"), names(r.entities().persons()));
    }

    @Test
    void rulesChainAndALaterRuleForTheSameValueWins() {
        var r = apply(List.of(new EntityRule(Action.MERGE, "person", "A B", "C D"),
                new EntityRule(Action.MERGE, "person", "C D", "E F"),
                new EntityRule(Action.MERGE, "person", "A B", "G H")),
                new Entities(List.of(person("A B", "A B")), List.of()));
        assertEquals(List.of("G H"), names(r.entities().persons()));
    }

    @Test
    void aLoopOfMergesEnds() {
        var r = apply(List.of(new EntityRule(Action.MERGE, "person", "A B", "C D"),
                new EntityRule(Action.MERGE, "person", "C D", "A B")),
                new Entities(List.of(person("A B", "A B")), List.of()));
        assertEquals(1, r.entities().persons().size());
    }

    @Test
    void aUserRuleWinsOverAnAutomaticMerge() {
        var rules = new EntityRules(List.of(new EntityRule(Action.RENAME, "person", "John A. Boehner", "J. A. Boehner")),
                Map.of("John A. Boehner", "John Boehner"));
        var r = rules.apply(new Entities(List.of(person("John A. Boehner", "John A. Boehner")), List.of()), "a1");
        assertEquals(List.of("J. A. Boehner"), names(r.entities().persons()));
    }

    @Test
    void anAutomaticMergeSaysItIsAutomatic() {
        var rules = new EntityRules(List.of(), Map.of("John A. Boehner", "John Boehner"));
        var r = rules.apply(new Entities(List.of(person("John A. Boehner", "John A. Boehner")), List.of()), "a1");
        assertEquals(List.of("John Boehner"), names(r.entities().persons()));
        assertEquals("merged from 'John A. Boehner' (same person: automatic)", r.corrections().getFirst().describe());
    }

    @Test
    void aRuleWithATabOrAnUnknownKindIsRefusedWithTheReason() {
        var tab = assertThrows(IllegalArgumentException.class, () -> new EntityRule(Action.BLOCK, "person", "a\tb", null));
        assertTrue(tab.getMessage().contains("tab"), tab.getMessage());
        var kind = assertThrows(IllegalArgumentException.class, () -> new EntityRule(Action.BLOCK, "planet", "Mars", null));
        assertTrue(kind.getMessage().contains("planet"), kind.getMessage());
    }

    /** One country value with a mention at each given text's first occurrence in {@code text}. */
    private static Entity countryIn(String text, String name, String code, String mention) {
        List<Mention> list = new java.util.ArrayList<>();
        for (int at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
            list.add(new Mention(at, at + mention.length(), mention, "gazetteer"));
        }
        return new Entity(name, code, list);
    }

    private static final String JERSEY = "Flooding hit New Jersey on Monday, officials said. "
            + "Far away, on the island, the States of Jersey counted the cost of a storm.";

    @Test
    void aRuleWithAContextAppliesOnlyToTheMentionsWithThoseWordsAroundThem() {
        Entity jersey = countryIn(JERSEY, "Jersey", "JE", "Jersey");
        var rule = new EntityRule(Action.RENAME, "country", "Jersey", "United States", WordContext.of("New Jersey|Jersey City"));
        var r = new EntityRules(List.of(rule), Map.of()).apply(new Entities(List.of(), List.of(jersey)), "a1", JERSEY);
        Entity us = r.entities().countries().stream().filter(c -> c.name().equals("United States")).findFirst().orElseThrow();
        Entity kept = r.entities().countries().stream().filter(c -> c.name().equals("Jersey")).findFirst().orElseThrow();
        assertEquals(List.of(JERSEY.indexOf("Jersey")), us.mentions().stream().map(Mention::start).toList());
        assertEquals(List.of(JERSEY.lastIndexOf("Jersey")), kept.mentions().stream().map(Mention::start).toList());
    }

    @Test
    void aBlockWithAContextRemovesTheValueOnlyWhereTheWordsAreAround() {
        String text = "Flooding hit New Jersey on Monday, officials said.";
        Entity jersey = countryIn(text, "Jersey", "JE", "Jersey");
        var rule = new EntityRule(Action.BLOCK, "country", "Jersey", null, WordContext.of("New Jersey"));
        var r = new EntityRules(List.of(rule), Map.of()).apply(new Entities(List.of(), List.of(jersey)), "a1", text);
        assertTrue(r.entities().countries().isEmpty(), r.entities().countries().toString());
        assertEquals("blocked country 'Jersey' by rule 1", r.corrections().getFirst().describe());
    }

    @Test
    void aContextIsMatchedAsWholeWordsWhateverTheirCase() {
        WordContext context = WordContext.of("jersey city");
        String upper = "Police in JERSEY CITY said the road was closed.";
        String longer = "The Jersey Cityscape exhibition opened on Monday.";
        assertTrue(context.matches(upper, upper.indexOf("JERSEY"), upper.indexOf("JERSEY") + 6));
        assertFalse(context.matches(longer, longer.indexOf("Jersey"), longer.indexOf("Jersey") + 6));
    }

    @Test
    void aContextDescribesItselfInTheRuleList() {
        var rule = new EntityRule(Action.NOT_ENTITY, "country", "Georgia", null, WordContext.of("Atlanta|Savannah"));
        assertEquals("'Georgia' is not a country where the words around it match 'Atlanta|Savannah'", rule.describe());
    }
}
