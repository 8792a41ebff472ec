package news.dispatch.measure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.ArticleLanguage;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.CorpusVisitor;
import news.dispatch.corpus.Problem;
import news.dispatch.measure.eval.CpuTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dispatch eval language}: how often the detected language of an article is the one its input gives, per
 * language, with the commonest confusions and the CPU time per article. Articles are read as the indexer reads them;
 * their known language is the one the file gives ({@code lang}/{@code language}), or {@code --expect} for files
 * without one (the English sets).
 */
@Command(name = "language", mixinStandardHelpOptions = true,
        description = "Accuracy and speed of language detection on articles of known language.")
final class LanguageEvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "corpus files or folders whose articles give their language "
            + "(lang/language), or all in the --expect language; an article that gives none counts with the detected "
            + "one, so name the data files, not a folder with its README") List<Path> paths;
    @Option(names = "--expect", paramLabel = "CODE",
            description = "the language of every article of these paths (for files that do not give one)") String expect;
    @Option(names = "--limit", description = "first N articles of each path only") int limit = Integer.MAX_VALUE;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, int[]> byLanguage = new TreeMap<>();
        Map<String, Integer> confusions = new HashMap<>();
        long[] cpu = {0};
        int[] undecided = {0};
        ArticleLanguage.detect("Warm-up", "The model is loaded before the clock starts: ".repeat(4));
        for (Path path : paths) {
            int[] seen = {0};
            Corpus.walk(path, new CorpusVisitor() {
                @Override
                public void article(Article a) {
                    if (seen[0]++ >= limit) return;
                    String known = expect != null ? ArticleLanguage.normalise(expect) : a.language();
                    if (known == null) return;
                    long started = CpuTime.now();
                    String found = ArticleLanguage.detect(a.title(), a.body());
                    cpu[0] += CpuTime.now() - started;
                    int[] counts = byLanguage.computeIfAbsent(known, k -> new int[2]);
                    counts[1]++;
                    if (known.equals(found)) counts[0]++;
                    else if (found == null) undecided[0]++;
                    else confusions.merge(known + "→" + found, 1, Integer::sum);
                }

                @Override
                public void problem(Problem problem) {
                }
            });
        }
        int right = 0;
        int all = 0;
        for (var e : byLanguage.entrySet()) {
            right += e.getValue()[0];
            all += e.getValue()[1];
            out.printf("%-4s %6d articles  accuracy %.4f%n", e.getKey(), e.getValue()[1],
                    e.getValue()[0] / (double) e.getValue()[1]);
        }
        out.printf("all  %6d articles  accuracy %.4f  (%d left without: too short or unsure)  %.2f ms CPU per article%n", all,
                all == 0 ? 0 : right / (double) all, undecided[0], all == 0 ? 0 : cpu[0] / 1e6 / all);
        confusions.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(10)
                .forEach(e -> out.printf("  %s %d%n", e.getKey(), e.getValue()));
        out.flush();
        return 0;
    }
}
