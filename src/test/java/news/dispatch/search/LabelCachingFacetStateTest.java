package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.index.Schema;

/** The cached labels change no count and no label, on an index of several segments and on one. */
class LabelCachingFacetStateTest {
    private static final List<String> PERSONS = List.of("Ann Lee", "Bo Chan", "Cy Diaz", "Di Ekk", "Ed Fox");
    private static final List<String> COUNTRIES = List.of("Chile", "France", "Japan");

    @TempDir Path dir;

    @Test
    void countsAndLabelsOnAnIndexOfSeveralSegmentsAreLuceneOwn() throws IOException {
        FacetsConfig config = Schema.facetsConfig();
        try (Directory directory = FSDirectory.open(dir)) {
            writeSegments(directory, config);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertTrue(reader.leaves().size() > 1, "the fixture needs several segments");
                assertCountsAreLuceneOwn(reader, config);
            }
        }
    }

    @Test
    void countsAndLabelsOnAnIndexOfOneSegmentAreLuceneOwn() throws IOException {
        FacetsConfig config = Schema.facetsConfig();
        try (Directory directory = FSDirectory.open(dir)) {
            writeSegments(directory, config);
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(1, reader.leaves().size(), "the fixture needs one segment");
                assertCountsAreLuceneOwn(reader, config);
            }
        }
    }

    private static void assertCountsAreLuceneOwn(DirectoryReader reader, FacetsConfig config) throws IOException {
        FacetsCollector all = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
        Facets lucene = new SortedSetDocValuesFacetCounts(new DefaultSortedSetDocValuesReaderState(reader, config), all);
        var cachedState = new LabelCachingFacetState(reader, config);
        // Twice: the second pass reads every label from the cache the first one filled.
        for (int pass = 0; pass < 2; pass++) {
            assertEquals(describe(lucene), describe(new SortedSetDocValuesFacetCounts(cachedState, all)));
        }
    }

    /** Top values, every single count and an unknown value's count, as text to compare. */
    private static List<String> describe(Facets facets) throws IOException {
        List<String> seen = new ArrayList<>();
        for (String dim : List.of(Schema.PERSONS_DIM, Schema.aboutDim(Schema.PERSONS_DIM), Schema.COUNTRIES_DIM)) {
            FacetResult top = facets.getTopChildren(10, dim);
            for (LabelAndValue lv : top.labelValues) seen.add(dim + " top " + lv.label + "=" + lv.value);
            for (String label : dim.startsWith(Schema.COUNTRIES_DIM) ? COUNTRIES : PERSONS) {
                seen.add(dim + " " + label + "=" + facets.getSpecificValue(dim, label));
            }
            seen.add(dim + " unknown=" + facets.getSpecificValue(dim, "Nobody At All"));
        }
        return seen;
    }

    /** Five commits without merging: five segments, each with its own share of the values. */
    private static void writeSegments(Directory directory, FacetsConfig config) throws IOException {
        IndexWriterConfig writerConfig = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            for (int segment = 0; segment < 5; segment++) {
                for (int d = 0; d <= segment; d++) {
                    Document doc = new Document();
                    doc.add(new SortedSetDocValuesFacetField(Schema.PERSONS_DIM, PERSONS.get(d)));
                    doc.add(new SortedSetDocValuesFacetField(Schema.PERSONS_DIM, PERSONS.get(segment)));
                    doc.add(new SortedSetDocValuesFacetField(Schema.aboutDim(Schema.PERSONS_DIM), PERSONS.get(segment)));
                    doc.add(new SortedSetDocValuesFacetField(Schema.COUNTRIES_DIM, COUNTRIES.get((segment + d) % 3)));
                    writer.addDocument(config.build(doc));
                }
                writer.commit();
            }
        }
    }
}
