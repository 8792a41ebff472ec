package news.dispatch.measure.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hand-tagged documents, one token per line with its IOB2 tag, a blank line between sentences: a CoNLL-2003 file
 * ({@code word POS CHUNK TAG}, documents split at {@code -DOCSTART-}, tag in the last column) or a folder of
 * worldwide-newswire files ({@code token<TAB>tag[<TAB>nested…]}, one article per file, first line its URL, tag in
 * the second column).
 */
public final class TaggedDocuments {
    private TaggedDocuments() {
    }

    /** One document: its sentences, each a list of words and their tags. */
    public record Document(String name, List<List<String>> words, List<List<String>> tags) {

        /** Words joined by single spaces, sentences by line breaks: the text the extractor reads. */
        public String text() {
            StringBuilder b = new StringBuilder();
            for (List<String> sentence : words) {
                if (!b.isEmpty()) b.append('\n');
                b.append(String.join(" ", sentence));
            }
            return b.toString();
        }

        public int tokens() {
            return words.stream().mapToInt(List::size).sum();
        }
    }

    /** A CoNLL file or a folder of one-article TSV files. */
    public static List<Document> read(Path path) throws IOException {
        if (!Files.isDirectory(path)) return conll(path);
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(path)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) docs.add(article(f));
        }
        return docs;
    }

    static List<Document> conll(Path file) throws IOException {
        List<Document> docs = new ArrayList<>();
        Builder doc = new Builder(file.getFileName() + "#1");
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String[] cols = line.strip().split("\\s+");
            if (cols[0].equals("-DOCSTART-")) {
                if (doc.endSentence().hasWords()) docs.add(doc.build());
                doc = new Builder(file.getFileName() + "#" + (docs.size() + 1));
            } else if (line.isBlank()) {
                doc.endSentence();
            } else if (cols.length < 2) {
                throw new IOException(file + ":" + lineNo + ": expected \"word TAG\", got \"" + line + "\"");
            } else {
                doc.add(cols[0], cols[cols.length - 1]);
            }
        }
        if (doc.endSentence().hasWords()) docs.add(doc.build());
        return docs;
    }

    static Document article(Path file) throws IOException {
        Builder doc = new Builder(file.getFileName().toString());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) { // line 1 is the article's URL
            String line = lines.get(i);
            if (line.isBlank()) {
                doc.endSentence();
                continue;
            }
            String[] cols = line.split("\t");
            if (cols[0].isBlank()) continue;
            doc.add(cols[0].strip(), cols.length > 1 ? cols[1].strip() : "O");
        }
        doc.endSentence();
        return doc.build();
    }

    private static final class Builder {
        private final String name;
        private final List<List<String>> words = new ArrayList<>();
        private final List<List<String>> tags = new ArrayList<>();
        private List<String> w = new ArrayList<>();
        private List<String> t = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        void add(String word, String tag) {
            w.add(word);
            t.add(tag);
        }

        Builder endSentence() {
            if (!w.isEmpty()) {
                words.add(List.copyOf(w));
                tags.add(List.copyOf(t));
                w = new ArrayList<>();
                t = new ArrayList<>();
            }
            return this;
        }

        boolean hasWords() {
            return !words.isEmpty();
        }

        Document build() {
            return new Document(name, List.copyOf(words), List.copyOf(tags));
        }
    }
}
