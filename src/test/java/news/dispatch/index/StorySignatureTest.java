package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.StoryFixtures;

/** MinHash signatures of articles: equal texts agree, rewrites mostly agree, unrelated texts hardly at all. */
class StorySignatureTest {
    @Test
    void theSameWordsInAnotherCaseAndPunctuationGiveTheSameSignature() {
        StorySignature a = StorySignature.of("G7 DEAL", StoryFixtures.WIRE);
        StorySignature b = StorySignature.of("g7 deal", StoryFixtures.WIRE.toUpperCase().replace(",", " ;"));
        assertEquals(1.0, a.similarity(b));
        assertEquals(a.bands(), b.bands());
    }

    @Test
    void aShortenedCopyIsAboveTheThresholdAndAnUnrelatedTextFarBelow() {
        StorySignature wire = StorySignature.of("G7", StoryFixtures.WIRE);
        assertTrue(wire.similarity(StorySignature.of("G7", StoryFixtures.REWRITE)) >= StoryGroups.THRESHOLD);
        assertTrue(wire.similarity(StorySignature.of("Floods", StoryFixtures.OTHER)) < 0.1);
    }

    @Test
    void aSignatureSurvivesItsStoredBytes() {
        StorySignature s = StorySignature.of("G7", StoryFixtures.WIRE);
        byte[] bytes = s.toBytes();
        assertEquals(1.0, s.similarity(StorySignature.fromBytes(bytes, 0, bytes.length)));
        assertNull(StorySignature.fromBytes(bytes, 0, 12), "bytes of another scheme are no signature");
    }

    @Test
    void aSignatureStoredByTheOlderSchemeWithFourBytesAHashReadsAsTheSameSignature() {
        StorySignature s = StorySignature.of("G7", StoryFixtures.WIRE);
        java.nio.ByteBuffer older = java.nio.ByteBuffer.allocate(StorySignature.HASHES * Integer.BYTES);
        // The older scheme kept whole 31-bit minima: the low byte is what this scheme keeps.
        for (int i = 0; i < StorySignature.HASHES; i++) older.putInt((i * 7919 % 32768) << 8 | s.mins()[i] & 0xff);
        StorySignature read = StorySignature.fromBytes(older.array(), 0, older.capacity());
        assertEquals(1.0, s.similarity(read));
        assertEquals(s.bands(), read.bands());
    }

    @Test
    void aTextWithoutWordsHasNoSignatureAndAShortOneHasOne() {
        assertNull(StorySignature.of("", " … — "));
        assertEquals(StorySignature.BANDS, StorySignature.of("Flash", "").bands().size());
        assertEquals(List.of("yen", "s", "fall"), StorySignature.words("Yen's fall"));
    }
}
