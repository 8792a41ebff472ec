package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.lucene.document.StoredField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The stored entities of an article read back as they were written, in a fraction of the JSON's bytes. */
class CompactEntitiesTest {
    private static final String TITLE = "INDONESIA TO CUT U.S. IMPORTS";
    private static final String BODY = "Indonesia will cut imports from the U.S., Jumardi Jukardi said. Jukardi, an"
            + " Indonesian official, spoke in Jakarta.";

    private static StoredEntities entities() {
        return new StoredEntities(
                List.of(new StoredEntity("Jumardi Jukardi", null, List.of(
                        new FieldMention(Schema.BODY, 42, 57, "Jumardi Jukardi", "model PER"),
                        new FieldMention(Schema.BODY, 64, 71, "Jukardi", "model PER + part of Jumardi Jukardi")), false)),
                List.of(new StoredEntity("Indonesia", "ID", List.of(
                                new FieldMention(Schema.TITLE, 0, 9, "INDONESIA", "gazetteer name"),
                                new FieldMention(Schema.BODY, 0, 9, "Indonesia", "gazetteer name"),
                                new FieldMention(Schema.BODY, 76, 86, "Indonesian", "demonym Indonesian")), true),
                        new StoredEntity("United States", "US", List.of(
                                new FieldMention(Schema.TITLE, 17, 21, "U.S.", "alias U.S."),
                                new FieldMention(Schema.BODY, 36, 40, "U.S.", "alias U.S.")), null)),
                List.of());
    }

    @Test
    void everyNameCodeFlagMentionAndReasonReadsBackAsWritten() {
        StoredEntities written = entities();
        StoredEntities read = StoredEntities.fromStored(new StoredField(Schema.ENTITIES, written.toBytes(TITLE, BODY)),
                TITLE, BODY);
        assertEquals(written.toJson(), read.toJson());
    }

    @Test
    void aMentionWhoseTextIsNotAtItsOffsetsKeepsItsOwnText() {
        StoredEntities written = new StoredEntities(List.of(new StoredEntity("Jumardi Jukardi", null,
                List.of(new FieldMention(Schema.BODY, 42, 57, "Jumardi\u00adJukardi", "model PER")), true)),
                List.of(), List.of());
        StoredEntities read = CompactEntities.decode(new BytesRef(written.toBytes(TITLE, BODY)), TITLE, BODY);
        assertEquals("Jumardi\u00adJukardi", read.persons().get(0).mentions().get(0).text());
    }

    @Test
    void entitiesStoredAsJsonByAnOlderIndexStillRead() {
        StoredEntities written = entities();
        StoredEntities read = StoredEntities.fromStored(new StoredField(Schema.ENTITIES, written.toJson()), TITLE, BODY);
        assertEquals(written.toJson(), read.toJson());
    }

    @Test
    void theStoredFormIsAFractionOfTheJson() {
        StoredEntities written = entities();
        int compact = written.toBytes(TITLE, BODY).length;
        int json = written.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertTrue(compact * 4 < json, compact + " bytes against " + json + " of JSON");
    }
}
