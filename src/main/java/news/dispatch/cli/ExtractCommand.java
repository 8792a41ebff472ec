package news.dispatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import news.dispatch.corpus.Article;
import news.dispatch.corpus.ArticleLanguage;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.CorpusVisitor;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.EntityExtractor;
import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.entity.organization.PublishingOutlet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dispatch extract}: the persons, countries and organizations of articles, as JSON, with offsets and reasons. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the persons, countries and organizations of each article (with offsets and reasons) as one JSON object a line.",
                "With --jsonl, reads {\"id\": …, \"text\": …} lines (FILE or - for stdin) and writes one result a line, in input order."})
public final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "FILE", description = "an article file or folder in any corpus format; with --jsonl a JSON Lines file or -")
    String input;

    @Option(names = "--jsonl", description = "read {\"id\", \"text\"} JSON Lines and keep their order")
    boolean jsonl;

    @Option(names = "--threads", description = "worker threads for --jsonl (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"--places", "--geonames"}, paramLabel = "FILE", description = "a GeoNames cities dump (cities15000.txt format) for places beyond the gazetteer")
    Path geoNames;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EntityExtractor extractor = geoNames == null ? NewsEntityExtractor.load() : NewsEntityExtractor.load(geoNames);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int problems = jsonl ? extractJsonl(extractor, out, err) : extractCorpus(extractor, out, err);
        out.flush();
        if (problems > 0) err.println(problems + " input line(s) or file(s) skipped, see above");
        err.flush();
        return problems > 0 ? 1 : 0;
    }

    private int extractCorpus(EntityExtractor extractor, PrintWriter out, PrintWriter err) throws IOException {
        AtomicInteger problems = new AtomicInteger();
        Corpus.walk(Path.of(input), new CorpusVisitor() {
            @Override
            public void article(Article a) {
                String text = a.title().isEmpty() ? a.body() : a.title() + "\n\n" + a.body();
                // The article's language (given or detected) is part of the answer, and the extractor reads it.
                out.println(EntitiesJson.of(a.id(), text, extractor.extract(text, a.language()),
                                new PublishingOutlet(a.source(), a.url()))
                        .put("language", a.language()));
            }

            @Override
            public void problem(Problem p) {
                if (p.skipped()) problems.incrementAndGet();
                err.println(p);
            }
        });
        return problems.get();
    }

    private record Line(int number, String json) {
    }

    private record Result(String json, String problem) {
    }

    private int extractJsonl(EntityExtractor extractor, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        String origin = input.equals("-") ? "<stdin>" : input;
        AtomicInteger problems = new AtomicInteger();
        try (BufferedReader reader = input.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            OrderedParallel.map(lines(reader), line -> extractLine(extractor, origin, line), r -> {
                if (r.problem() != null) {
                    problems.incrementAndGet();
                    err.println(r.problem());
                } else if (r.json() != null) {
                    out.println(r.json());
                }
            }, threads);
        }
        return problems.get();
    }

    /** The first of {@code names} that the object has as a string, or null. */
    private static String field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isTextual()) return value.asText();
        }
        return null;
    }

    private static Result extractLine(EntityExtractor extractor, String origin, Line line) {
        if (line.json().isBlank()) return new Result(null, null);
        try {
            JsonNode node = JSON.readTree(line.json());
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual()) {
                return new Result(null, origin + ":" + line.number() + ": skipped: no string \"text\" field");
            }
            JsonNode id = node.get("id");
            String idText = id == null || id.isNull() ? origin + ":" + line.number() : id.asText();
            String language = ArticleLanguage.of(field(node, "language", "lang"), "", text.asText());
            return new Result(EntitiesJson.of(idText, text.asText(), extractor.extract(text.asText(), language))
                    .put("language", language).toString(), null);
        } catch (JsonProcessingException e) {
            return new Result(null, origin + ":" + line.number() + ": skipped: invalid JSON: " + e.getOriginalMessage());
        }
    }

    private static Iterator<Line> lines(BufferedReader reader) {
        return new Iterator<>() {
            private int number;
            private String next = read();

            private String read() {
                try {
                    return reader.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Line next() {
                Line line = new Line(++number, next);
                next = read();
                return line;
            }
        };
    }
}
