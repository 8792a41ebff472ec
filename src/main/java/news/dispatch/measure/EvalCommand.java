package news.dispatch.measure;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import news.dispatch.entity.Entity;
import news.dispatch.entity.ModelSpan;
import news.dispatch.entity.NerModel;
import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.measure.eval.ConllEval;
import news.dispatch.measure.eval.ReutersArticle;
import news.dispatch.measure.eval.ReutersEval;
import news.dispatch.measure.eval.Score;
import news.dispatch.measure.eval.SpeedEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dispatch eval}: measured quality and speed of entity extraction. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measures entity extraction quality and speed.",
        subcommands = {EvalCommand.Conll.class, EvalCommand.Reuters.class, EvalCommand.Speed.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "conll", mixinStandardHelpOptions = true,
            description = "PER mentions on a CoNLL-2003 file (word TAG, IOB2): exact-span P/R/F1, raw model and extractor.")
    static final class Conll implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--limit", description = "first N sentences only") int limit = Integer.MAX_VALUE;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<ConllEval.Sentence> sentences = ConllEval.read(file);
            sentences = sentences.subList(0, Math.min(limit, sentences.size()));
            NewsEntityExtractor extractor = NewsEntityExtractor.load();
            Score raw = ConllEval.score(sentences, text -> NerModel.shared().tag(text).stream()
                    .filter(ModelSpan::isPerson).map(s -> new int[] {s.start(), s.end()}).toList());
            Score filtered = ConllEval.score(sentences, text -> extractor.extract(text).persons().stream()
                    .map(Entity::mentions).flatMap(List::stream).map(m -> new int[] {m.start(), m.end()}).toList());
            var out = spec.commandLine().getOut();
            out.printf("%d sentences from %s%n", sentences.size(), file);
            out.println("PER raw model:       " + raw);
            out.println("PER extractor:       " + filtered);
            out.flush();
            return 0;
        }
    }

    @Command(name = "reuters", mixinStandardHelpOptions = true,
            description = "Countries against <PLACES> and persons against <PEOPLE> on Reuters-21578 reut2-*.sgm files.")
    static final class Reuters implements Callable<Integer> {
        @Parameters(paramLabel = "DIR") Path dir;
        @Option(names = "--limit", description = "first N articles only") int limit = Integer.MAX_VALUE;
        @Option(names = "--threads") int threads = Runtime.getRuntime().availableProcessors();
        @Option(names = "--top", description = "error classes to list") int top = 25;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<ReutersArticle> articles = ReutersArticle.readAll(dir);
            articles = articles.subList(0, Math.min(limit, articles.size()));
            ReutersEval eval = ReutersEval.run(articles, NewsEntityExtractor.load(), threads);
            var out = spec.commandLine().getOut();
            out.printf("%d articles from %s%n", articles.size(), dir);
            eval.report(out, top);
            out.flush();
            return 0;
        }
    }

    @Command(name = "speed", mixinStandardHelpOptions = true,
            description = "Throughput of the bare CRF and of the extractor at 1 and 2 threads on the bodies of a JSON Lines file.")
    static final class Speed implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--limit", description = "first N articles with a body") int limit = 2000;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<String> bodies = SpeedEval.bodies(file, limit);
            NerModel model = NerModel.shared();
            NewsEntityExtractor extractor = NewsEntityExtractor.load();
            var out = spec.commandLine().getOut();
            out.printf("%d bodies from %s; live heap with model and gazetteers: %d MB%n", bodies.size(), file,
                    SpeedEval.liveHeapMegabytes());
            List<String> warmUp = bodies.subList(0, Math.min(100, bodies.size()));
            SpeedEval.time("warm-up", warmUp, extractor::extract, 2);
            for (int threads : new int[] {1, 2}) {
                out.println(SpeedEval.time("raw CRF", bodies, model::tag, threads));
                out.println(SpeedEval.time("extractor", bodies, extractor::extract, threads));
                out.flush();
            }
            out.printf("peak heap: %d MB (max %d MB)%n", SpeedEval.peakHeapMegabytes(), Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            return 0;
        }
    }
}
