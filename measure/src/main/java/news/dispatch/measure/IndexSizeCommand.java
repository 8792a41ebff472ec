package news.dispatch.measure;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Where an index's bytes go: on disk by file type (compound files opened, so a small segment's parts count where they
 * belong), and by field what each part holds — stored bytes before compression, terms and postings counts, doc values
 * and points. Lucene keeps no per-field byte count on disk: the stored share of a field is its share of the
 * uncompressed stored bytes, the postings share follows its term and position counts.
 */
@Command(name = "index-size", mixinStandardHelpOptions = true,
        description = "Bytes of an index by file type, and by field: stored (uncompressed), terms, postings, doc values, points.")
public final class IndexSizeCommand implements Callable<Integer> {
    /** What a file's extension holds (Lucene 10 default codec). */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("fdt", "stored fields (compressed)"), Map.entry("fdx", "stored fields index"),
            Map.entry("fdm", "stored fields meta"), Map.entry("tim", "terms dictionary"), Map.entry("tip", "terms index"),
            Map.entry("tmd", "terms meta"), Map.entry("doc", "postings: doc ids and freqs"),
            Map.entry("pos", "postings: positions"), Map.entry("pay", "postings: offsets and payloads"),
            Map.entry("psm", "postings meta"), Map.entry("dvd", "doc values"), Map.entry("dvm", "doc values meta"),
            Map.entry("nvd", "norms"), Map.entry("nvm", "norms meta"), Map.entry("kdd", "points"),
            Map.entry("kdi", "points index"), Map.entry("kdm", "points meta"), Map.entry("tvd", "term vectors"),
            Map.entry("tvx", "term vectors index"), Map.entry("fnm", "field infos"), Map.entry("si", "segment info"),
            Map.entry("liv", "deletions"), Map.entry("cfs", "compound (opened above)"), Map.entry("cfe", "compound entries"));

    @Parameters(paramLabel = "DIR", description = "an index folder (./dispatch index --index DIR)")
    Path index;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            long total = 0;
            for (String file : dir.listAll()) total += dir.fileLength(file);
            int docs = reader.numDocs();
            out.printf("%s: %,d bytes, %,d documents, %,d bytes per document%n%n", index, total, docs, docs == 0 ? 0 : total / docs);
            printFileTypes(dir, total, docs, out);
            printFields(reader, out);
        }
        out.flush();
        return 0;
    }

    private static void printFileTypes(Directory dir, long total, int docs, PrintWriter out) throws Exception {
        Map<String, Long> byExtension = new TreeMap<>();
        SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
        for (SegmentCommitInfo commit : infos) {
            if (commit.info.getUseCompoundFile()) {
                try (Directory compound = commit.info.getCodec().compoundFormat().getCompoundReader(dir, commit.info)) {
                    for (String file : compound.listAll()) byExtension.merge(extension(file), compound.fileLength(file), Long::sum);
                }
                for (String file : commit.files()) {
                    if (!file.endsWith(".cfs")) byExtension.merge(extension(file), dir.fileLength(file), Long::sum);
                }
            } else {
                for (String file : commit.files()) byExtension.merge(extension(file), dir.fileLength(file), Long::sum);
            }
        }
        out.println("By file type (compound files opened; the .cfs line is their container overhead):");
        byExtension.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e ->
                out.printf("  %-4s %-32s %,13d bytes  %5.1f%%  %,7d per doc%n", e.getKey(),
                        EXTENSIONS.getOrDefault(e.getKey(), ""), e.getValue(), 100.0 * e.getValue() / total,
                        docs == 0 ? 0 : e.getValue() / docs));
        out.println();
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file.replaceAll("_\\d+$", "") : file.substring(dot + 1);
    }

    /** Per field, summed over segments. */
    private static final class FieldTotals {
        long storedBytes;
        long storedValues;
        long terms;
        long termBytes;
        long postings; // sum of doc freqs
        long positions; // sum of total term freqs
        String indexOptions = "";
        String docValues = "";
        long docValueBytes; // binary values' bytes, or sorted (set) values' distinct term bytes per segment
        int pointDimensions;
    }

    private static void printFields(DirectoryReader reader, PrintWriter out) throws Exception {
        Map<String, FieldTotals> fields = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            for (FieldInfo info : leaf.reader().getFieldInfos()) {
                FieldTotals t = fields.computeIfAbsent(info.name, n -> new FieldTotals());
                if (info.getIndexOptions() != IndexOptions.NONE) t.indexOptions = shortName(info.getIndexOptions());
                if (info.getDocValuesType() != org.apache.lucene.index.DocValuesType.NONE) t.docValues = info.getDocValuesType().name();
                t.pointDimensions = Math.max(t.pointDimensions, info.getPointDimensionCount());
                t.docValueBytes += docValueBytes(leaf, info);
                Terms terms = leaf.reader().terms(info.name);
                if (terms == null) continue;
                t.postings += terms.getSumDocFreq();
                t.positions += Math.max(0, terms.getSumTotalTermFreq());
                TermsEnum e = terms.iterator();
                for (BytesRef term = e.next(); term != null; term = e.next()) {
                    t.terms++;
                    t.termBytes += term.length;
                }
            }
            StoredFields stored = leaf.reader().storedFields();
            StoredFieldVisitor visitor = new StoredFieldVisitor() {
                @Override
                public Status needsField(FieldInfo fieldInfo) {
                    return Status.YES;
                }

                private void add(FieldInfo info, long bytes) {
                    FieldTotals t = fields.computeIfAbsent(info.name, n -> new FieldTotals());
                    t.storedBytes += bytes;
                    t.storedValues++;
                }

                @Override
                public void binaryField(FieldInfo info, byte[] value) {
                    add(info, value.length);
                }

                @Override
                public void stringField(FieldInfo info, String value) {
                    add(info, value.getBytes(StandardCharsets.UTF_8).length);
                }

                @Override
                public void intField(FieldInfo info, int value) {
                    add(info, 4);
                }

                @Override
                public void longField(FieldInfo info, long value) {
                    add(info, 8);
                }

                @Override
                public void floatField(FieldInfo info, float value) {
                    add(info, 4);
                }

                @Override
                public void doubleField(FieldInfo info, double value) {
                    add(info, 8);
                }
            };
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) stored.document(doc, visitor);
        }
        long storedTotal = fields.values().stream().mapToLong(t -> t.storedBytes).sum();
        out.println("By field (stored bytes before compression; postings = term-document pairs; positions = term occurrences):");
        out.println("(doc value bytes: binary values' bytes, or the distinct values' bytes of a sorted field, per segment)");
        out.printf("  %-28s %13s %6s %10s %11s %11s %12s %-8s %-16s %12s %s%n", "field", "stored bytes", "share", "terms",
                "term bytes", "postings", "positions", "index", "doc values", "dv bytes", "points");
        fields.entrySet().stream().sorted((a, b) -> Long.compare(weight(b.getValue()), weight(a.getValue()))).forEach(e -> {
            FieldTotals t = e.getValue();
            out.printf("  %-28s %,13d %5.1f%% %,10d %,11d %,11d %,12d %-8s %-16s %,12d %s%n", e.getKey(), t.storedBytes,
                    storedTotal == 0 ? 0 : 100.0 * t.storedBytes / storedTotal, t.terms, t.termBytes, t.postings,
                    t.positions, t.indexOptions, t.docValues, t.docValueBytes, t.pointDimensions == 0 ? "" : t.pointDimensions + "d");
        });
    }

    private static long docValueBytes(LeafReaderContext leaf, FieldInfo info) throws java.io.IOException {
        long bytes = 0;
        switch (info.getDocValuesType()) {
            case BINARY -> {
                var values = leaf.reader().getBinaryDocValues(info.name);
                while (values != null && values.nextDoc() != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                    bytes += values.binaryValue().length;
                }
            }
            case SORTED_SET -> {
                var values = leaf.reader().getSortedSetDocValues(info.name);
                for (long ord = 0; values != null && ord < values.getValueCount(); ord++) bytes += values.lookupOrd(ord).length;
            }
            case SORTED -> {
                var values = leaf.reader().getSortedDocValues(info.name);
                for (int ord = 0; values != null && ord < values.getValueCount(); ord++) bytes += values.lookupOrd(ord).length;
            }
            default -> {
            }
        }
        return bytes;
    }

    /** Sort key: stored bytes plus a rough postings weight, so the big fields come first. */
    private static long weight(FieldTotals t) {
        return t.storedBytes + t.termBytes + t.postings + t.positions + t.docValueBytes;
    }

    private static String shortName(IndexOptions options) {
        return switch (options) {
            case DOCS -> "docs";
            case DOCS_AND_FREQS -> "freqs";
            case DOCS_AND_FREQS_AND_POSITIONS -> "pos";
            case DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS -> "pos+offs";
            default -> "";
        };
    }
}
