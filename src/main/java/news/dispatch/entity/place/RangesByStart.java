package news.dispatch.entity.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Ranges of a text (model spans, gazetteer hits) ordered by start, so that the ones overlapping a mention are found
 * by a binary search instead of a scan of them all. A scan per mention made the country pass quadratic: a 5 MB
 * transcript naming a country in every sentence held an indexing run for many minutes of CPU.
 */
final class RangesByStart<T> {
    private final List<T> ranges;
    private final int[] starts;
    private final int[] ends;
    private final int longest;

    RangesByStart(List<T> ranges, ToIntFunction<T> start, ToIntFunction<T> end) {
        // A stable sort: ranges that start together keep their order, so "the first one" means what it meant.
        this.ranges = new ArrayList<>(ranges);
        this.ranges.sort(Comparator.comparingInt(start));
        this.starts = this.ranges.stream().mapToInt(start).toArray();
        this.ends = this.ranges.stream().mapToInt(end).toArray();
        this.longest = IntStream.range(0, starts.length).map(i -> ends[i] - starts[i]).max().orElse(0);
    }

    /** The ranges sharing a character with [start, end), in order of their start. */
    Stream<T> overlapping(int start, int end) {
        // A range ending after start began at most `longest` characters before its end.
        int first = firstStartingAtOrAfter(start - longest + 1);
        return IntStream.range(first, starts.length)
                .takeWhile(i -> starts[i] < end)
                .filter(i -> start < ends[i])
                .mapToObj(ranges::get);
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
