package news.dispatch.entity.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.model.ModelSpan;

/** The country pass looks up the model spans around each mention by binary search; it must find what a scan found. */
class RangesByStartTest {

    @Test
    void theSpansOverlappingAMentionAreExactlyThoseAScanOfEverySpanFinds() {
        Random random = new Random(7);
        List<ModelSpan> spans = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(10_000);
            spans.add(new ModelSpan(i % 2 == 0 ? "LOCATION" : "PERSON", start, start + random.nextInt(40)));
        }
        RangesByStart<ModelSpan> byStart = new RangesByStart<>(spans, ModelSpan::start, ModelSpan::end);
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(10_100) - 50;
            int end = start + random.nextInt(30);
            List<ModelSpan> scanned = spans.stream().filter(s -> s.overlaps(start, end))
                    .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
            assertEquals(scanned, byStart.overlapping(start, end).toList(), "mention " + start + "–" + end);
        }
    }

    @Test
    void spansStartingTogetherKeepTheOrderTheModelGaveThem() {
        List<ModelSpan> spans = List.of(new ModelSpan("PERSON", 5, 9), new ModelSpan("LOCATION", 0, 3),
                new ModelSpan("ORGANIZATION", 5, 20));
        RangesByStart<ModelSpan> byStart = new RangesByStart<>(spans, ModelSpan::start, ModelSpan::end);
        assertEquals(List.of(spans.get(0), spans.get(2)), byStart.overlapping(6, 7).toList());
    }
}
