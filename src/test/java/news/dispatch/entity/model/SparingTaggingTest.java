package news.dispatch.entity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.NewsEntityExtractor;

/** The extractor spares the CRF sentences it cannot name anyone in, and sentences it has read before, and finds the same spans. */
class SparingTaggingTest {
    private static final String ARTICLE = "Rishi Sunak\n\nLONDON (Reuters) - Rishi Sunak met Joe Biden in Washington on\nMonday. "
            + "the talks went on late into the night and nobody said much. "
            + "Officials from the European Union joined them.\n\n"
            + "the talks went on late into the night and nobody said much. Rishi Sunak met Joe Biden in Washington on Monday.";

    @Test
    void theSpansAreTheModelsOwnWithOffsetsIntoTheWholeText() {
        NerModel model = NerModel.shared();
        assertEquals(model.tag(ARTICLE), model.tagSparingly(ARTICLE, new SentenceMemo()));
    }

    @Test
    void spansAnsweredFromTheMemoAreTheSameAsClassifiedOnes() {
        NerModel model = NerModel.shared();
        SentenceMemo memo = new SentenceMemo();
        model.tagSparingly(ARTICLE, memo);
        long classified = memo.misses();
        assertEquals(model.tag(ARTICLE), model.tagSparingly(ARTICLE, memo));
        assertEquals(classified, memo.misses(), "the second reading classifies nothing");
    }

    @Test
    void aSentenceRepeatedInTheArticleIsClassifiedOnce() {
        SentenceMemo memo = new SentenceMemo();
        String text = "Officials from the European Union joined them.\n\nOfficials from the\nEuropean Union joined them.";
        NerModel.shared().tagSparingly(text, memo);
        assertEquals(1, memo.misses());
        assertEquals(1, memo.hits());
    }

    @Test
    void anAllLowerCaseSentenceIsNeverClassified() {
        SentenceMemo memo = new SentenceMemo();
        assertEquals(java.util.List.of(), NerModel.shared().tagSparingly("the talks went on late into the night.", memo));
        assertEquals(0, memo.misses() + memo.hits());
    }

    @Test
    void aSentenceOpenedByAFunctionWordAndOtherwiseLowerCaseIsNeverClassified() {
        SentenceMemo memo = new SentenceMemo();
        NerModel.shared().tagSparingly("The talks went on late. But nobody left. Paris said no.", memo);
        assertEquals(1, memo.misses(), "only the sentence naming Paris is classified");
    }

    @Test
    void aLongSentenceReadOnlyAroundItsPossibleNamesGivesTheWholeSentencesSpans() {
        String text = "Officials said on Monday that the talks, which went on late into the night and covered trade, "
                + "fishing rights, the border and the price of gas in the coming winter, ended only when Rishi Sunak "
                + "left for the airport, and that nobody expected a deal before the spring when the ministers of "
                + "both countries meet again in Brussels with Ursula von der Leyen.";
        NerModel model = NerModel.shared();
        assertEquals(model.tag(text), model.tagSparingly(text, null));
    }

    @Test
    void windowsCoverEveryPossibleNameWithItsContextAndJoinWhereTheyMeet() {
        boolean[] candidates = new boolean[30];
        candidates[0] = true;
        candidates[5] = true;
        candidates[20] = true;
        candidates[29] = true;
        var windows = NerModel.windows(candidates, 2);
        assertEquals(java.util.List.of("0-8", "18-23", "27-30"), windows.stream().map(w -> w[0] + "-" + w[1]).toList());
    }

    @Test
    void windowsThatTouchAreOne() {
        boolean[] candidates = new boolean[12];
        candidates[2] = true;
        candidates[7] = true;
        assertEquals(java.util.List.of("0-10"), NerModel.windows(candidates, 2).stream().map(w -> w[0] + "-" + w[1]).toList());
    }

    @Test
    void theLeanModelLabelsAsTheModelCoreNlpShips() {
        assertEquals(NerModel.stock(NerModel.STANDARD).tag(ARTICLE), NerModel.shared().tag(ARTICLE));
    }

    @Test
    void onlyARunOfMoreThanAHundredCharactersBetweenSpacesIsTakenForAnOverlongWord() {
        assertFalse(NewsEntityExtractor.mayHoldOverlongWord("x".repeat(100) + " " + "y".repeat(100) + "\n" + "z".repeat(100)));
        assertTrue(NewsEntityExtractor.mayHoldOverlongWord("Rishi Sunak " + "-".repeat(101)));
    }

    @Test
    void theMemoHoldsNoMoreThanItsBound() {
        SentenceMemo memo = new SentenceMemo(1_000);
        for (int i = 0; i < 10_000; i++) memo.put("sentence number " + i, new String[] {"O", "O", "O"});
        assertTrue(memo.heldChars() <= 1_000 + 30, "held " + memo.heldChars());
    }

    @Test
    void onlyLettersThatAreAllLowerCaseLetASentenceBeSkipped() {
        assertTrue(NerModel.allLowerCase("talks resumed on 3 march, (officials) said.", 0, 43));
        assertFalse(NerModel.allLowerCase("talks with iPhone makers", 0, 24));
        assertFalse(NerModel.allLowerCase("talks in القاهرة resumed", 0, 24));
        assertFalse(NerModel.allLowerCase("talks in 北京 resumed", 0, 19));
    }
}
