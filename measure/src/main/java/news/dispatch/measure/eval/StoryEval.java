package news.dispatch.measure.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;


import news.dispatch.index.IndexedStories;
import news.dispatch.index.StorySignature;

/**
 * Story grouping measured on labelled pairs: the similarity of each pair's signatures against thresholds, and the
 * stories an index actually holds. Also draws candidate pairs to label, across the whole similarity range.
 */
public final class StoryEval {
    private StoryEval() {
    }

    /** Signatures of every article, and the CPU time they took. */
    public record Signed(Map<String, StorySignature> signatures, long nanos) {
    }

    public static Signed sign(StoryTexts texts) {
        Map<String, StorySignature> signatures = new HashMap<>();
        long started = CpuTime.now();
        texts.byId().forEach((id, t) -> signatures.put(id, StorySignature.of(t.title(), t.body())));
        return new Signed(signatures, CpuTime.now() - started);
    }

    /** Pair score when "same story" means a similarity of at least {@code threshold}. */
    public static Score atThreshold(List<StoryPairs.Pair> pairs, Map<String, StorySignature> signatures,
                                    double threshold) {
        return atThreshold(pairs, signatures, threshold, null, 0);
    }

    /**
     * The same, and published at most {@code window} hours apart ({@code times} null: no window; an article without
     * a date is within any window).
     */
    public static Score atThreshold(List<StoryPairs.Pair> pairs, Map<String, StorySignature> signatures,
                                    double threshold, Map<String, Long> times, long windowHours) {
        long tp = 0, predicted = 0, gold = 0;
        for (StoryPairs.Pair p : pairs) {
            boolean says = similarity(signatures, p.a(), p.b()) >= threshold;
            if (says && times != null) {
                Long ta = times.get(p.a()), tb = times.get(p.b());
                if (ta != null && tb != null && Math.abs(ta - tb) > windowHours * 3_600_000L) says = false;
            }
            if (says) predicted++;
            if (p.same()) gold++;
            if (says && p.same()) tp++;
        }
        return new Score(tp, predicted, gold);
    }

    /** Pair score when "same story" means the index gave both the same story id. */
    public static Score grouped(List<StoryPairs.Pair> pairs, Map<String, String> stories) {
        long tp = 0, predicted = 0, gold = 0;
        for (StoryPairs.Pair p : pairs) {
            String a = stories.get(p.a());
            boolean says = a != null && a.equals(stories.get(p.b()));
            if (says) predicted++;
            if (p.same()) gold++;
            if (says && p.same()) tp++;
        }
        return new Score(tp, predicted, gold);
    }

    /** Publication instants in epoch milliseconds (a date alone is its midnight UTC), by id. */
    public static Map<String, Long> times(StoryTexts texts) {
        Map<String, Long> times = new HashMap<>();
        texts.byId().forEach((id, t) -> {
            news.dispatch.corpus.PublicationDates.parse(t.date()).ifPresent(i -> times.put(id, i.toEpochMilli()));
        });
        return times;
    }

    static double similarity(Map<String, StorySignature> signatures, String a, String b) {
        StorySignature sa = signatures.get(a), sb = signatures.get(b);
        return sa == null || sb == null ? 0 : sa.similarity(sb);
    }

    /** Every article's story id in an index. */
    public static Map<String, String> stories(Path indexDir) throws IOException {
        return IndexedStories.byId(indexDir);
    }

    /**
     * Candidate pairs to label: pairs that share an LSH band, {@code perBin} drawn from each tenth of the similarity
     * range (fewer where a tenth has fewer), plus {@code perBin} pairs of articles of one day that share no band;
     * returned shuffled, without their similarity (labelling is blind).
     */
    public static List<String[]> sample(StoryTexts texts, Map<String, StorySignature> signatures, int perBin, long seed) {
        Map<Long, List<String>> buckets = new HashMap<>();
        signatures.forEach((id, s) -> {
            if (s != null) for (long band : s.bands()) buckets.computeIfAbsent(band, k -> new ArrayList<>()).add(id);
        });
        Set<String> seen = new HashSet<>();
        List<List<String[]>> bins = new ArrayList<>();
        for (int i = 0; i < 10; i++) bins.add(new ArrayList<>());
        for (List<String> bucket : buckets.values()) {
            if (bucket.size() > 200) continue; // boilerplate buckets: their pairs are found in others too
            Collections.sort(bucket);
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    String a = bucket.get(i), b = bucket.get(j);
                    if (!seen.add(a + "\t" + b)) continue;
                    double sim = similarity(signatures, a, b);
                    bins.get(Math.min(9, (int) (sim * 10))).add(new String[] {a, b});
                }
            }
        }
        Random random = new Random(seed);
        List<String[]> picked = new ArrayList<>();
        for (List<String[]> bin : bins) {
            bin.sort((x, y) -> (x[0] + x[1]).compareTo(y[0] + y[1]));
            Collections.shuffle(bin, random);
            picked.addAll(bin.subList(0, Math.min(perBin, bin.size())));
        }
        Map<String, List<String>> byDay = new HashMap<>();
        texts.byId().forEach((id, t) -> byDay.computeIfAbsent(t.date().length() >= 10 ? t.date().substring(0, 10) : "",
                k -> new ArrayList<>()).add(id));
        List<String> days = new ArrayList<>(byDay.keySet());
        Collections.sort(days);
        for (int tries = 0, added = 0; added < perBin && tries < perBin * 100; tries++) {
            List<String> day = byDay.get(days.get(random.nextInt(days.size())));
            if (day.size() < 2) continue;
            String a = day.get(random.nextInt(day.size())), b = day.get(random.nextInt(day.size()));
            if (a.equals(b)) continue;
            if (a.compareTo(b) > 0) { String t = a; a = b; b = t; }
            if (!seen.add(a + "\t" + b)) continue;
            picked.add(new String[] {a, b});
            added++;
        }
        Collections.shuffle(picked, random);
        return picked;
    }

    /** The two articles of each pair, for a reader to label: title, date, outlet and the start of the body. */
    public static void show(List<String[]> pairs, StoryTexts texts, int chars, PrintWriter out) {
        int n = 0;
        for (String[] p : pairs) {
            out.printf("=== pair %d: %s  %s%n", ++n, p[0], p[1]);
            for (String id : p) {
                StoryTexts.Text t = texts.byId().get(id);
                String body = t.body().replaceAll("\\s+", " ");
                out.printf("--- %s | %s | %s | %s%n%s%n", id, t.date(), t.source(), t.title(),
                        body.substring(0, Math.min(chars, body.length())));
            }
        }
        out.flush();
    }
}
