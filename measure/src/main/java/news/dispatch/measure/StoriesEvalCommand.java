package news.dispatch.measure;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import news.dispatch.entity.Entities;
import news.dispatch.index.Indexer;
import news.dispatch.index.StoryGroups;
import news.dispatch.index.StorySignature;
import news.dispatch.measure.eval.Score;
import news.dispatch.measure.eval.StoryEval;
import news.dispatch.measure.eval.StoryPairs;
import news.dispatch.measure.eval.StoryTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dispatch eval stories}: indexes each corpus (JSON Lines with ids) into a scratch index the way
 * {@code dispatch index} does (without entities, which stories do not use), reports what grouping cost per article,
 * and scores the labelled pairs: by signature similarity at several thresholds, and by the stories the index holds.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Story grouping: pair precision/recall on labelled pairs, and its cost per article.")
final class StoriesEvalCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "a JSON Lines file or a folder of them (repeatable);"
            + " each is indexed on its own") List<Path> corpora;
    @Option(names = "--pairs", description = "labelled pairs (a<TAB>b<TAB>same|different); default: the shipped set")
    Path pairsFile;
    @Option(names = "--sample", description = "instead of scoring, draw N candidate pairs per similarity tenth to label"
            + " (printed as a<TAB>b, shuffled, no scores)") int sample;
    @Option(names = "--show", description = "with --sample: write both articles of each pair here, for reading") Path show;
    @Option(names = "--seed", description = "with --sample: random seed") long seed = 12;
    @Option(names = "--no-index", description = "score signatures only (no scratch index: no grouped score, no cost)")
    boolean noIndex;
    @Option(names = "--incremental", description = "also index each corpus in two runs (all but the last N articles,"
            + " then those), report the second run's grouping cost and check it groups as the rebuild did")
    int incremental;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<List<Path>> files = new ArrayList<>();
        for (Path c : corpora) files.add(jsonl(c));
        if (sample > 0) return sample(files, out);

        List<StoryPairs.Pair> pairs = (pairsFile == null ? StoryPairs.standard()
                : StoryPairs.parse(Files.readString(pairsFile))).pairs();
        Map<String, StorySignature> signatures = new HashMap<>();
        Map<String, String> stories = new HashMap<>();
        Map<String, Long> times = new HashMap<>();
        out.printf("Signature: %d hashes over word %d-shingles, LSH %d bands x %d rows; grouping threshold %.2f within"
                        + " %d hours%n", StorySignature.HASHES, StorySignature.SHINGLE, StorySignature.BANDS,
                StorySignature.ROWS, StoryGroups.THRESHOLD, StoryGroups.WINDOW_HOURS);
        for (int i = 0; i < corpora.size(); i++) {
            StoryTexts texts = StoryTexts.read(files.get(i));
            StoryEval.Signed signed = StoryEval.sign(texts);
            signatures.putAll(signed.signatures());
            times.putAll(StoryEval.times(texts));
            if (noIndex) continue;
            Path scratch = Files.createTempDirectory("dispatch-stories-");
            try {
                StoryGroups.Regrouped[] regrouped = new StoryGroups.Regrouped[1];
                long started = System.nanoTime();
                new Indexer(scratch, text -> Entities.NONE, new Indexer.Listener() {
                    @Override
                    public void problem(news.dispatch.corpus.Problem problem) {
                    }

                    @Override
                    public void stories(StoryGroups.Regrouped r) {
                        regrouped[0] = r;
                    }
                }, 2).run(List.of(corpora.get(i)), true);
                double indexSeconds = (System.nanoTime() - started) / 1e9;
                Map<String, String> found = StoryEval.stories(scratch);
                stories.putAll(found);
                StoryGroups.Regrouped r = regrouped[0];
                long multi = found.values().stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                        java.util.stream.Collectors.counting())).values().stream().filter(n -> n > 1).count();
                long grouped = found.values().stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                        java.util.stream.Collectors.counting())).values().stream().filter(n -> n > 1)
                        .mapToLong(Long::longValue).sum();
                out.printf("%s: %,d articles; %,d stories of 2 or more holding %,d articles%n", corpora.get(i),
                        found.size(), multi, grouped);
                if (incremental > 0) incremental(files.get(i), found, out);
                out.printf("  cost per article: signature %.0f us (CPU), grouping %.0f us (%,.1f comparisons);"
                                + " whole index run %.1f s, of which grouping %.1f s (and %.1f s flushing the segments"
                                + " first, which the commit does anyway)%n", signed.nanos() / 1e3 / texts.byId().size(),
                        r.nanos() / 1e3 / Math.max(1, r.articles()), r.comparisons() / (double) Math.max(1, r.articles()),
                        indexSeconds, r.nanos() / 1e9, r.flushNanos() / 1e9);
            } finally {
                delete(scratch);
            }
        }
        List<StoryPairs.Pair> known = pairs.stream()
                .filter(p -> signatures.containsKey(p.a()) && signatures.containsKey(p.b())).toList();
        long same = known.stream().filter(StoryPairs.Pair::same).count();
        out.printf("Labelled pairs: %d (%d same story, %d different)%s%n", known.size(), same, known.size() - same,
                known.size() < pairs.size() ? "; " + (pairs.size() - known.size()) + " name articles not in these corpora" : "");
        out.println("Pairs by signature similarity >= t:");
        for (double t : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            out.printf("  t=%.1f  %s%n", t, StoryEval.atThreshold(known, signatures, t));
        }
        out.println("Pairs by similarity >= t and published at most w hours apart (F1; P/R at each cell's right):");
        out.print("  t \\ w ");
        long[] windows = {12, 24, 36, 48, 72, 168};
        for (long w : windows) out.printf("%22s", w + " h");
        out.println();
        for (double t : new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7}) {
            out.printf("  %.1f   ", t);
            for (long w : windows) {
                Score s = StoryEval.atThreshold(known, signatures, t, times, w);
                out.printf("%22s", String.format("%.3f (%.2f/%.2f)", s.f1(), s.precision(), s.recall()));
            }
            out.println();
        }
        if (noIndex) return 0;
        Score g = StoryEval.grouped(known, stories);
        out.printf("Pairs in one story of the index (t=%.2f, %d h; linked through other articles too):%n  %s%n",
                StoryGroups.THRESHOLD, StoryGroups.WINDOW_HOURS, g);
        return 0;
    }

    /** Indexes all but the last {@code incremental} lines, then the rest in a second run, and compares. */
    private void incremental(List<Path> files, Map<String, String> rebuilt, PrintWriter out) throws IOException {
        Path scratch = Files.createTempDirectory("dispatch-stories-incremental-");
        try {
            List<String> lines = new ArrayList<>();
            for (Path f : files) lines.addAll(Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList());
            int split = Math.max(0, lines.size() - incremental);
            Path corpus = Files.createDirectories(scratch.resolve("corpus"));
            Files.write(corpus.resolve("a.jsonl"), lines.subList(0, split));
            Path index = scratch.resolve("index");
            StoryGroups.Regrouped[] last = new StoryGroups.Regrouped[1];
            Indexer.Listener listener = new Indexer.Listener() {
                @Override
                public void problem(news.dispatch.corpus.Problem problem) {
                }

                @Override
                public void stories(StoryGroups.Regrouped r) {
                    last[0] = r;
                }
            };
            new Indexer(index, text -> Entities.NONE, listener, 2).run(List.of(corpus), false);
            Files.write(corpus.resolve("b.jsonl"), lines.subList(split, lines.size()));
            new Indexer(index, text -> Entities.NONE, listener, 2).run(List.of(corpus), false);
            StoryGroups.Regrouped r = last[0];
            Map<String, String> found = StoryEval.stories(index);
            long differ = found.entrySet().stream().filter(e -> !e.getValue().equals(rebuilt.get(e.getKey()))).count();
            out.printf("  incremental: %,d articles added to %,d: %,d seeds walked, %,d comparisons, %,d story ids"
                            + " rewritten, grouping %.0f ms (%.0f us per added article); %,d articles grouped"
                            + " otherwise than by the rebuild%n", lines.size() - split, split, r.seeds(),
                    r.comparisons(), r.changed(), r.nanos() / 1e6, r.nanos() / 1e3 / Math.max(1, lines.size() - split),
                    differ);
        } finally {
            delete(scratch);
        }
    }

    private int sample(List<List<Path>> files, PrintWriter out) throws IOException {
        List<String[]> all = new ArrayList<>();
        StoryTexts everything = new StoryTexts(new java.util.LinkedHashMap<>());
        for (List<Path> f : files) {
            StoryTexts texts = StoryTexts.read(f);
            everything.byId().putAll(texts.byId());
            all.addAll(StoryEval.sample(texts, StoryEval.sign(texts).signatures(), sample, seed));
        }
        java.util.Collections.shuffle(all, new java.util.Random(seed));
        for (String[] p : all) out.println(p[0] + "\t" + p[1]);
        out.flush();
        if (show != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(show, StandardCharsets.UTF_8))) {
                StoryEval.show(all, everything, 700, w);
            }
        }
        return 0;
    }

    private static List<Path> jsonl(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) return List.of(corpus);
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
