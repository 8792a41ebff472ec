package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The extractor asks the person finder it is given, and no other, which words are given names. */
class MultilingualExtractorTest {
    private static final String TEXT = "Премьер назначила министром Доминика Раба, который прежде работал юристом.";
    private static final int START = TEXT.indexOf("Доминика Раба");
    private static final Entity RAAB = new Entity("Dominic Raab", null,
            List.of(new Mention(START, START + "Доминика Раба".length(), "Доминика Раба", "test")));

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void aCountryOpeningAPersonsNameIsHisGivenNameWhenTheFinderKnowsIt() {
        MultilingualExtractor extractor = new MultilingualExtractor(new MultilingualExtractor.PersonFinder() {
            @Override
            public List<Entity> find(String text, String language) {
                return List.of(RAAB);
            }

            @Override
            public boolean givenName(String word, String language) {
                return word.equals("Доминика");
            }
        });
        Entities found = extractor.extract(TEXT, "ru");
        assertEquals(List.of("Dominic Raab"), names(found.persons()));
        assertTrue(found.countries().isEmpty(), found.countries().toString());
    }

    @Test
    void aFinderThatKnowsNoGivenNamesLeavesTheCountryItsName() {
        MultilingualExtractor extractor = new MultilingualExtractor((text, language) -> List.of(RAAB));
        assertEquals(List.of("Dominica"), names(extractor.extract(TEXT, "ru").countries()));
    }
}
