package news.dispatch.measure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import news.dispatch.cli.OrderedParallel;
import news.dispatch.entity.Entity;
import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.entity.model.ModelSpan;
import news.dispatch.entity.model.NerModel;
import news.dispatch.measure.eval.ArabicEval;
import news.dispatch.measure.eval.BsnlpDocument;
import news.dispatch.measure.eval.BsnlpEval;
import news.dispatch.measure.eval.BsnlpExtraction;
import news.dispatch.measure.eval.CpuTime;
import news.dispatch.measure.eval.FacetCounts;
import news.dispatch.measure.eval.PersonMentionEval;
import news.dispatch.measure.eval.ReutersArticle;
import news.dispatch.measure.eval.ReutersEval;
import news.dispatch.measure.eval.Score;
import news.dispatch.measure.eval.SpeedEval;
import news.dispatch.measure.eval.TaggedDocuments;
import news.dispatch.measure.eval.SharedArticles;
import news.dispatch.measure.eval.TopEntities;
import news.dispatch.measure.eval.TopPersons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dispatch eval}: measured quality and speed of entity extraction. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measures entity extraction quality and speed.",
        subcommands = {EvalCommand.Persons.class, EvalCommand.Reuters.class, EvalCommand.Speed.class,
                EvalCommand.TopPersonsCheck.class, EvalCommand.TopEntitiesCheck.class, StoriesEvalCommand.class, EvalCommand.Bsnlp.class,
                EvalCommand.Arabic.class, LanguageEvalCommand.class, ParityCommand.class,
                CrossScriptEvalCommand.class, InflectionEvalCommand.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "persons", aliases = "conll", mixinStandardHelpOptions = true,
            description = "PER mentions on hand-tagged documents (a CoNLL-2003 file, or a folder of worldwide-newswire"
                    + " TSV files): exact-span P/R/F1 of each raw model and of the extractor on it, with CPU time.")
    static final class Persons implements Callable<Integer> {
        @Parameters(paramLabel = "FILE|DIR") Path path;
        @Option(names = "--limit", description = "first N documents only") int limit = Integer.MAX_VALUE;
        @Option(names = "--models", split = ",", description = "models to compare (default: the standard one, "
                + "A+B: persons of A, places and bodies of both; "
                + NerModel.STANDARD + "); e.g. conll.4class,all.3class,muc.7class")
        List<String> models = List.of(NerModel.STANDARD);
        @Option(names = "--models-jar", description = "CoreNLP models jar to read models from (the shaded jar carries"
                + " only the standard one), e.g. ~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/"
                + "stanford-corenlp-4.5.10-models.jar")
        Path modelsJar;
        @Option(names = "--errors", description = "list the N most frequent extractor errors (surface text)") int errors;
        @Option(names = "--error-classes", paramLabel = "N", description = "the extractor's errors by class (boundary,"
                + " spurious, missed) with the N most frequent examples of each")
        int errorClasses = -1;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<TaggedDocuments.Document> docs = TaggedDocuments.read(path);
            docs = docs.subList(0, Math.min(limit, docs.size()));
            var out = spec.commandLine().getOut();
            long tokens = docs.stream().mapToLong(TaggedDocuments.Document::tokens).sum();
            out.printf("%d documents, %d tokens from %s%n", docs.size(), tokens, path);
            for (String name : models) {
                NerModel model = model(name, modelsJar);
                NewsEntityExtractor extractor = NewsEntityExtractor.with(model);
                extractor.extract("Warm-up: Olaf Scholz met Joe Biden in Berlin.");
                long cpu = CpuTime.now();
                Score raw = PersonMentionEval.score(docs, text -> model.tag(text).stream()
                        .filter(ModelSpan::isPerson).map(s -> new int[] {s.start(), s.end()}).toList());
                long rawCpu = CpuTime.now() - cpu;
                cpu = CpuTime.now();
                Map<String, Integer> errorCounts = errors > 0 ? new HashMap<>() : null;
                Score filtered = PersonMentionEval.score(docs, text -> extractor.extract(text).persons().stream()
                        .map(Entity::mentions).flatMap(List::stream).map(m -> new int[] {m.start(), m.end()}).toList(),
                        errorCounts, errorClasses >= 0 ? out : null, errorClasses);
                long extractorCpu = CpuTime.now() - cpu;
                out.printf("%-14s raw model  %s  %,.0f tokens/CPU-s%n", name, raw, tokens / (rawCpu / 1e9));
                out.printf("%-14s extractor  %s  %,.0f tokens/CPU-s%n", name, filtered, tokens / (extractorCpu / 1e9));
                if (errorCounts != null) {
                    errorCounts.entrySet().stream()
                            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                            .limit(errors).forEach(e -> out.printf("    %4d  %s%n", e.getValue(), e.getKey()));
                }
                out.flush();
            }
            return 0;
        }
    }

    /** A model by short name, or "A+B": persons of A, places and bodies of both. */
    static NerModel model(String name, Path modelsJar) throws java.io.IOException {
        NerModel combined = null;
        for (String part : name.split("\\+")) {
            NerModel m = modelsJar == null ? NerModel.named(part) : NerModel.fromJar(modelsJar, part);
            combined = combined == null ? m : combined.withNonPersonsOf(m);
        }
        return combined;
    }

    @Command(name = "reuters", mixinStandardHelpOptions = true,
            description = "Countries against <PLACES> and persons against <PEOPLE> on Reuters-21578 reut2-*.sgm files.")
    static final class Reuters implements Callable<Integer> {
        @Parameters(paramLabel = "DIR") Path dir;
        @Option(names = "--limit", description = "first N articles only") int limit = Integer.MAX_VALUE;
        @Option(names = "--threads") int threads = Runtime.getRuntime().availableProcessors();
        @Option(names = "--top", description = "error classes to list") int top = 25;
        @Option(names = "--model", description = "model to use (default " + NerModel.STANDARD + "; A+B as for persons)")
        String model = NerModel.STANDARD;
        @Option(names = "--models-jar", description = "CoreNLP models jar to read the model from") Path modelsJar;
        @Option(names = "--entities-cache", description = "JSON Lines file of each article's entities: read when it exists"
                + " (no extraction: for comparing about-set rules), else written") Path cache;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<ReutersArticle> articles = ReutersArticle.readAll(dir);
            articles = articles.subList(0, Math.min(limit, articles.size()));
            ReutersEval eval = ReutersEval.run(articles, cache != null && java.nio.file.Files.exists(cache) ? null
                    : NewsEntityExtractor.with(model(model, modelsJar)), threads, cache);
            var out = spec.commandLine().getOut();
            out.printf("%d articles from %s%n", articles.size(), dir);
            eval.report(out, top);
            out.flush();
            return 0;
        }
    }

    @Command(name = "speed", mixinStandardHelpOptions = true,
            description = "Throughput of the bare CRF and of the extractor at 1 and 2 threads on the bodies of a JSON Lines file:"
                    + " the CRF as CoreNLP ships it, the same CRF with Dispatch's lean settings on whole sentences, the"
                    + " extractor with an empty sentence memo (held-out news), these three taking turns in short blocks so"
                    + " that a slow spell of the machine falls on all of them; then the extractor again over the same bodies"
                    + " (a re-run); each run with the JVM's own CPU, JIT and GC time, after both are warmed up until the JIT is done.")
    static final class Speed implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--limit", description = "first N articles with a body") int limit = 2000;
        @Option(names = "--block", description = "bodies per block; the raw CRF, the lean CRF and the extractor take turns"
                + " block by block") int block = 25;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (block < 1) {
                spec.commandLine().getErr().println("--block must be at least 1 body.");
                return 2;
            }
            List<String> bodies = SpeedEval.bodies(file, limit);
            NerModel lean = NerModel.shared();
            NewsEntityExtractor extractor = NewsEntityExtractor.load();
            var out = spec.commandLine().getOut();
            out.printf("%d bodies from %s; live heap with model and gazetteers: %d MB%n", bodies.size(), file,
                    SpeedEval.liveHeapMegabytes());
            // The baseline is the model as CoreNLP ships it; the shared one runs with Dispatch's lean settings.
            NerModel model = NerModel.stock(NerModel.STANDARD);
            // Both warmed up until the JIT compilers are done with them: else the extractor, whose rules compile
            // late, is timed while the compilers take a core from its workers (issue 29). Each round reads every
            // body twice with a fresh extractor, as news and as a re-run, so both paths are compiled before either is
            // timed (one path alone, and the other recompiles when its turn comes).
            List<String> warmUp = bodies.subList(0, Math.min(WARM_UP_BODIES, bodies.size()));
            warmUp(out, "extractor", SpeedEval.warmUp("warm-up", warmUp, () -> {
                NewsEntityExtractor fresh = NewsEntityExtractor.load();
                return body -> {
                    fresh.extract(body);
                    fresh.extract(body);
                };
            }, 2, WARM_UP_JIT_SHARE, WARM_UP_ROUNDS));
            warmUp(out, "raw CRF", SpeedEval.warmUp("warm-up", warmUp, () -> model::tag, 2, WARM_UP_JIT_SHARE, WARM_UP_ROUNDS));
            for (int threads : new int[] {1, 2}) {
                // A fresh extractor, so its sentence memo starts empty: these bodies are news it has not read.
                NewsEntityExtractor fresh = NewsEntityExtractor.load();
                SpeedEval.Turns turns = SpeedEval.interleaved(List.of(new SpeedEval.Contender("raw CRF", model::tag),
                        new SpeedEval.Contender("lean CRF", lean::tag), new SpeedEval.Contender("extractor", fresh::extract)),
                        bodies, threads, block);
                SpeedEval.Timing raw = turns.totals().get(0);
                SpeedEval.Timing leanRaw = turns.totals().get(1);
                SpeedEval.Timing first = turns.totals().get(2);
                out.println(raw);
                out.printf("%s  %s (whole sentences, word memo)%n", leanRaw, ratio(leanRaw, raw));
                long[] memo = fresh.memoHitsAndMisses();
                out.printf("%s  %s; %d sentences from the memo, %d classified%n", first, ratio(first, raw), memo[0], memo[1]);
                double[] paired = turns.pairedRatios(2);
                out.printf("  extractor over raw CRF in each of %d blocks of %d bodies (the three taking turns): median %.2fx,"
                        + " middle 80 %% %.2f-%.2fx%n", paired.length, block, percentile(paired, 0.5),
                        percentile(paired, 0.1), percentile(paired, 0.9));
                // The same bodies again through the same extractor: a re-run over an archive it has indexed before.
                SpeedEval.Timing again = SpeedEval.time("re-run", bodies, fresh::extract, threads);
                out.printf("%s  %s%n", again, ratio(again, raw));
                out.flush();
            }
            out.printf("peak heap: %d MB (max %d MB)%n", SpeedEval.peakHeapMegabytes(), Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            return 0;
        }

        /** Bodies of a warm-up round; rounds until the JIT's elapsed time is at most this share of a round's. */
        private static final int WARM_UP_BODIES = 500;
        private static final double WARM_UP_JIT_SHARE = 0.02;
        private static final int WARM_UP_ROUNDS = 8;

        private static void warmUp(PrintWriter out, String what, List<SpeedEval.Timing> rounds) {
            out.printf("warm-up of the %s: %d round(s) of %d bodies at 2 threads; JIT %s s%n", what, rounds.size(),
                    WARM_UP_BODIES, rounds.stream().map(r -> String.format("%.1f", r.jvm().jitSeconds()))
                            .collect(java.util.stream.Collectors.joining(", ")));
        }

        /** The value at share {@code q} of sorted {@code values} (nearest rank). */
        private static double percentile(double[] values, double q) {
            return values[Math.min(values.length - 1, (int) Math.floor(q * values.length))];
        }

        private static String ratio(SpeedEval.Timing run, SpeedEval.Timing raw) {
            return String.format("%.2fx raw (wall), %.2fx (CPU)", run.tokensPerSecond() / raw.tokensPerSecond(),
                    run.tokensPerCpuSecond() / raw.tokensPerCpuSecond());
        }
    }

    @Command(name = "top-persons", mixinStandardHelpOptions = true,
            description = "The top persons of the facet over corpora (extracted now) or an existing index, each flagged when"
                    + " it looks like no person (a gazetteer knows it as something else, one word) or like another value"
                    + " (same name without initials or nickname, words within, close spelling). With --index, a flag"
                    + " pairing two values says how they meet in its articles: no article of its own, never together,"
                    + " or together in N.")
    static final class TopPersonsCheck implements Callable<Integer> {
        @Option(names = "--corpus", description = "a corpus file or folder to extract from (repeatable)") List<Path> corpora = List.of();
        @Option(names = "--index", description = "an index folder: its persons facet as indexed") Path index;
        @Option(names = "--top", description = "values to list") int top = 100;
        @Option(names = "--threads") int threads = Runtime.getRuntime().availableProcessors();
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            if ((index == null) == corpora.isEmpty()) {
                spec.commandLine().getErr().println("Give either --index DIR or one or more --corpus PATH.");
                return 2;
            }
            Map<String, Integer> counts = index != null ? FacetCounts.ofIndex(index) : FacetCounts.ofCorpora(corpora, threads, out);
            out.printf("%d distinct persons%n", counts.size());
            try (SharedArticles shared = index != null ? SharedArticles.ofIndex(index) : SharedArticles.NONE) {
                TopPersons.print(TopPersons.check(counts, top, new news.dispatch.entity.person.NameLookup(), shared), out);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "top-entities", mixinStandardHelpOptions = true,
            description = {"The top countries and organizations of an index, as stored, with flags: a country's articles"
                    + " that hold it only inside a longer proper name (Washington Examiner, Beth Israel, New Jersey) or only"
                    + " as a place name in an article mostly about another country (Cambridge, Georgia beside Atlanta);"
                    + " an outlet's own pages (source or URL host) among its articles; the countries with a national body"
                    + " among the organizations; and whether Congress, the CIA and the Supreme Court are found where an"
                    + " article about the United States writes them."})
    static final class TopEntitiesCheck implements Callable<Integer> {
        @Option(names = "--index", required = true, description = "an index folder") Path index;
        @Option(names = "--top", description = "values to list per facet (default: ${DEFAULT-VALUE})") int top = 100;
        @Option(names = "--contexts", split = ",", paramLabel = "COUNTRY", description = "print the flagged mentions of"
                + " these countries in context (e.g. Turkey,Georgia)") List<String> contexts = List.of();
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TopEntities report = new TopEntities(java.util.Set.copyOf(contexts));
            news.dispatch.measure.eval.StoredArticles.read(index, report::add);
            report.print(top, spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "bsnlp", mixinStandardHelpOptions = true,
            description = {"Document-level persons, countries and organizations on the BSNLP gold (DIR/<story>.jsonl and"
                    + " DIR/gold/<story>.jsonl), each article extracted in its own language, per language and overall;"
                    + " and the share of persons named in 2+ languages that get one facet value.",
                    "A found person matches a gold PER entity (id PER-...) of the same document when its canonical name,"
                    + " folded (lower case, diacritics removed, ICU Any-Latin for Cyrillic), equals the gold id's name"
                    + " folded (PER-Vladimir-Putin -> \"vladimir putin\") or a gold lemma folded; failing that, when the"
                    + " surnames (last words) agree and the given names start with the same letter. One to one per document.",
                    "Gold countries: LOC entities whose GPE- id is the name or an alias of a current country of"
                    + " countries.tsv (GPE-Russia -> Russia, GPE-Great-Britain -> United Kingdom); cities and regions are"
                    + " no country. Organizations: the gold ORG ids the organizations table names.",
                    "One name per person: of the gold person ids named in 2+ languages, the share whose matched found"
                    + " persons all carry one name.",
                    "Persons are scored twice: as extracted per article, and as the facet shows them, after the index's"
                    + " one-name-per-person step (the automatic merges over the person names of every article read,"
                    + " as an index of these articles would apply them), without the lone names it left unjoined, which"
                    + " no facet shows."})
    static final class Bsnlp implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "the bsnlp folder (with gold/)") Path dir;
        @Option(names = "--story", split = ",", description = "stories to read (default: ${DEFAULT-VALUE})")
        List<String> stories = List.of("asia_bibi", "brexit", "ryanair");
        @Option(names = "--lang", description = "one language only (bg, cs, pl, ru, sl, uk)") String lang;
        @Option(names = "--limit", description = "first N annotated articles of each story in each language") int limit = Integer.MAX_VALUE;
        @Option(names = "--threads") int threads = Runtime.getRuntime().availableProcessors();
        @Option(names = "--errors", description = "list the N most frequent errors") int errors;
        @Option(names = "--merges", description = "list the index-wide step's merges (variant -> name)") boolean mergesShown;
        @Option(names = "--outcomes", paramLabel = "FILE", description = "write every person outcome per article (TP, FP,"
                + " FN with the mentions and gold forms; names as extracted, before the index-wide step) to FILE, one"
                + " tab-separated line each, for error analysis") Path outcomesFile;
        @Option(names = "--one-name-failures", description = "list every person named in 2+ languages without one facet"
                + " value, with the values found per language") boolean oneNameFailures;
        @Option(names = "--entities-cache", description = "JSON Lines file of each article's entities as extracted: read"
                + " when it exists (no extraction: for comparing index-wide rules in seconds), else written") Path cache;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<BsnlpDocument> docs = BsnlpDocument.read(dir, stories, lang, limit);
            List<Map.Entry<BsnlpDocument, news.dispatch.entity.Entities>> found = BsnlpExtraction.extract(docs, threads, cache);
            // What the facet shows: the index's one-name-per-person step over the person names of every article read,
            // the same rules an index of these articles would apply (no user rules).
            Map<String, Integer> personArticles = new java.util.TreeMap<>();
            var slavicOnly = new news.dispatch.entity.person.SlavicOnlyNames.Builder();
            for (var e : found) {
                List<String> names = e.getValue().persons().stream().map(Entity::name).distinct().toList();
                names.forEach(n -> personArticles.merge(n, 1, Integer::sum));
                slavicOnly.article(names, e.getKey().lang());
            }
            news.dispatch.entity.correction.EntityRules rules = news.dispatch.entity.correction.EntityRules.forCorpus(List.of(), personArticles,
                    java.util.Set.of(), slavicOnly.build());
            BsnlpEval perArticle = new BsnlpEval();
            BsnlpEval indexWide = new BsnlpEval();
            PrintWriter outcomes = outcomesFile == null ? null
                    : new PrintWriter(java.nio.file.Files.newBufferedWriter(outcomesFile), false);
            if (outcomes != null) perArticle.writeOutcomes(outcomes);
            for (var e : found) {
                perArticle.add(e.getKey(), e.getValue());
                // The facet shows no lone name the step left unjoined ("Мей" alone): the index drops those as it stores them.
                indexWide.add(e.getKey(), news.dispatch.index.StoredEntities.identified(
                        rules.apply(e.getValue(), e.getKey().id()).entities()));
            }
            if (outcomes != null) outcomes.close();
            var out = spec.commandLine().getOut();
            out.printf("%d annotated articles of %s from %s%s%n", docs.size(), String.join(", ", stories), dir,
                    lang == null ? "" : " (" + lang + ")");
            out.println("per article (names as extracted, before the index-wide step):");
            perArticle.summary(out);
            out.printf("index-wide one name per person: %d names merged into another over the %d person names read%n",
                    rules.automaticPersons().size(), personArticles.size());
            // A false merge joins names matched (before the step) to different gold persons only.
            int falseMerges = 0;
            for (var m : new java.util.TreeMap<>(rules.automaticPersons()).entrySet()) {
                var from = perArticle.goldIdsOf(m.getKey());
                var to = perArticle.goldIdsOf(m.getValue());
                boolean wrong = !from.isEmpty() && !to.isEmpty() && java.util.Collections.disjoint(from, to);
                if (wrong) falseMerges++;
                if (mergesShown) out.printf("  %s %s -> %s   %s -> %s%n", wrong ? "FALSE" : "merge", m.getKey(), m.getValue(), from, to);
            }
            out.printf("false merges (gold persons joined to another): %d%n", falseMerges);
            out.println("as the facet shows them (after the index-wide step):");
            indexWide.report(out, errors);
            if (oneNameFailures) indexWide.oneNameFailures(out);
            out.flush();
            return 0;
        }
    }

    @Command(name = "arabic", mixinStandardHelpOptions = true,
            description = {"Arabic persons and countries on a JSON Lines file of Arabic articles (title and text) without"
                    + " gold: for each target (Putin, Obama, Kerry, Rouhani, Netanyahu, Lavrov, Cameron, Ban Ki-moon; Russia,"
                    + " Iran, Syria, Yemen, Egypt, Turkey, Iraq, France, China), the articles naming it (one of its usual"
                    + " Arabic spellings as a word, particles و ف ب ل ك ال allowed) and the share of them the extractor gives"
                    + " that person or country; then the persons and countries found most often."})
    static final class Arabic implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--limit", description = "first N articles only") int limit = Integer.MAX_VALUE;
        @Option(names = "--threads") int threads = Runtime.getRuntime().availableProcessors();
        @Option(names = "--top", description = "persons and countries found most often to list") int top = 25;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<String> texts = new java.util.ArrayList<>();
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            try (var lines = java.nio.file.Files.lines(file)) {
                for (String line : (Iterable<String>) lines.filter(l -> !l.isBlank()).limit(limit)::iterator) {
                    var o = json.readTree(line);
                    texts.add(o.path("title").asText("") + "\n\n" + o.path("text").asText(""));
                }
            }
            NewsEntityExtractor extractor = NewsEntityExtractor.load();
            ArabicEval eval = new ArabicEval();
            OrderedParallel.map(texts.iterator(), t -> Map.entry(t, extractor.extract(t, "ar")),
                    e -> eval.add(e.getKey(), e.getValue()), threads);
            var out = spec.commandLine().getOut();
            out.printf("%s%n", file);
            eval.report(out, top);
            out.flush();
            return 0;
        }
    }
}
