package news.dispatch.measure;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import news.dispatch.index.LanguageChains;
import news.dispatch.measure.eval.BsnlpDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dispatch eval inflection}: whether a name typed as a user types it (its lemma: Hrvatska, Boris Johnson) finds
 * the articles that write it only inflected (Hrvatskoj, Borisa Johnsona), under each candidate analysis chain. For each
 * language, each chain reads that language's articles into an index of their own (title and body); then for each
 * article and each gold person, place or organization whose lemma is not written in it as such, the lemma's terms are
 * all required. Recall: the share of those (article, name) pairs whose article is found. Over-matching: the mean
 * number of the language's articles a lemma query finds beside the mean number that hold the entity (gold id).
 *
 * <p>With {@code --paragraphs}, files of the hand-annotated check paragraphs (id, lang, text, persons) are read
 * instead, each person's canonical name as the lemma: a sanity check of languages without dev gold, not a figure.
 */
@Command(name = "inflection", mixinStandardHelpOptions = true,
        description = {"Recall and over-matching of lemma queries (a name as typed) on articles that write it only inflected,"
                + " per language and per analysis chain, on the BSNLP dev gold."})
final class InflectionEvalCommand implements Callable<Integer> {
    private static final String TEXT = "text";
    private static final String NUMBER = "n";
    private static final Set<String> TYPES = Set.of("PER", "LOC", "ORG");

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "the bsnlp folder (with gold/)") Path dir;
    @Option(names = "--story", split = ",", description = "stories to read (default: ${DEFAULT-VALUE})")
    List<String> stories = List.of("asia_bibi", "brexit", "ryanair");
    @Option(names = "--lang", split = ",", description = "languages to measure (default: ${DEFAULT-VALUE})")
    List<String> languages = List.of("sl", "cs");
    @Option(names = "--chain", split = ",", description = "chains to compare (default: icu, serbian-snowball, czech-light"
            + " and each language's own chain); any chain of LanguageChains") List<String> chains;
    @Option(names = "--paragraphs", paramLabel = "FILE", description = "hand-annotated check paragraphs (JSON Lines: id,"
            + " lang, text, persons) instead of DIR") List<Path> paragraphs;
    @Spec CommandSpec spec;

    /** An article and the lemmas of the entities it names, each with the entity's id. */
    private record Annotated(String lang, String text, Map<String, String> lemmaToId) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Annotated> all = paragraphs != null ? readParagraphs(paragraphs) : readGold();
        out.printf("%-4s %-18s %7s %9s %8s %13s %13s%n", "lang", "chain", "queries", "articles", "recall",
                "mean matched", "mean holding");
        for (String lang : languages) {
            List<Annotated> docs = all.stream().filter(d -> d.lang().equals(lang)).toList();
            if (docs.isEmpty()) {
                out.printf("%-4s no articles%n", lang);
                continue;
            }
            for (String chain : chainsFor(lang)) measure(out, lang, chain, docs);
        }
        out.flush();
        return 0;
    }

    private Set<String> chainsFor(String lang) {
        Set<String> list = new LinkedHashSet<>(chains != null ? chains
                : List.of(LanguageChains.DEFAULT, LanguageChains.SERBIAN_STEMS, LanguageChains.CZECH_STEMS));
        if (chains == null) list.add(LanguageChains.of(lang));
        return list;
    }

    private static void measure(PrintWriter out, String lang, String chain, List<Annotated> docs) throws IOException {
        try (Analyzer analyzer = LanguageChains.candidate(chain); ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < docs.size(); i++) {
                    Document d = new Document();
                    d.add(new TextField(TEXT, docs.get(i).text(), Field.Store.NO));
                    d.add(new StoredField(NUMBER, i));
                    writer.addDocument(d);
                }
            }
            Map<String, Integer> holding = new HashMap<>();
            for (Annotated d : docs) new LinkedHashSet<>(d.lemmaToId().values()).forEach(id -> holding.merge(id, 1, Integer::sum));
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Map<String, Set<Integer>> found = new HashMap<>();
                int queries = 0;
                int hits = 0;
                long matched = 0;
                long held = 0;
                for (int i = 0; i < docs.size(); i++) {
                    Annotated d = docs.get(i);
                    for (var e : d.lemmaToId().entrySet()) {
                        String lemma = e.getKey();
                        if (written(d.text(), lemma)) continue;
                        Set<Integer> articles = found.get(lemma);
                        if (articles == null) {
                            articles = search(searcher, analyzer, lemma);
                            found.put(lemma, articles);
                        }
                        queries++;
                        if (articles.contains(i)) hits++;
                        matched += articles.size();
                        held += holding.get(e.getValue());
                    }
                }
                out.printf(Locale.ROOT, "%-4s %-18s %7d %9d %8.3f %13.1f %13.1f%n", lang, chain, queries, docs.size(),
                        queries == 0 ? 0 : hits / (double) queries, queries == 0 ? 0 : matched / (double) queries,
                        queries == 0 ? 0 : held / (double) queries);
            }
        }
    }

    /** The articles (by number) holding every term of the lemma as the chain reads it; none when it reads no term. */
    private static Set<Integer> search(IndexSearcher searcher, Analyzer analyzer, String lemma) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int terms = 0;
        try (TokenStream ts = analyzer.tokenStream(TEXT, lemma)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                q.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.MUST);
                terms++;
            }
            ts.end();
        }
        Set<Integer> articles = new java.util.HashSet<>();
        if (terms == 0) return articles;
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q.build(), Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
            articles.add(stored.document(sd.doc).getField(NUMBER).numericValue().intValue());
        }
        return articles;
    }

    /** Whether the text writes the lemma as such (case aside, as a whole word run): then no analysis is needed. */
    private static boolean written(String text, String lemma) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lemma) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    private List<Annotated> readGold() throws IOException {
        if (dir == null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give DIR or --paragraphs");
        List<Annotated> docs = new ArrayList<>();
        for (String lang : languages) {
            for (BsnlpDocument d : BsnlpDocument.read(dir, stories, lang, Integer.MAX_VALUE)) {
                Map<String, String> lemmas = new LinkedHashMap<>();
                for (BsnlpDocument.Gold g : d.gold()) {
                    if (TYPES.contains(g.type()) && !g.lemma().isBlank()) lemmas.putIfAbsent(g.lemma(), g.id());
                }
                docs.add(new Annotated(d.lang(), d.text(), lemmas));
            }
        }
        return docs;
    }

    private static List<Annotated> readParagraphs(List<Path> files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Annotated> docs = new ArrayList<>();
        for (Path file : files) {
            for (String line : java.nio.file.Files.readAllLines(file)) {
                if (line.isBlank()) continue;
                JsonNode o = json.readTree(line);
                Map<String, String> lemmas = new LinkedHashMap<>();
                for (JsonNode p : o.path("persons")) lemmas.put(p.asText(), p.asText());
                docs.add(new Annotated(o.path("lang").asText(), o.path("text").asText(), lemmas));
            }
        }
        return docs;
    }
}
