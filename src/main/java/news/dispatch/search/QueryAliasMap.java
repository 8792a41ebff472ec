package news.dispatch.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The entity gazetteer's spelling variants as query-time synonyms: one table (the gazetteer) is the single
 * source of truth for both tagging and searching.
 */
public final class QueryAliasMap {
    private final SynonymMap synonyms;
    private final List<List<String>> groups;

    public QueryAliasMap(List<List<String>> groups) {
        this.groups = groups.stream().map(g -> g.stream().filter(v -> !v.contains(",") && !v.isBlank()).toList())
                .filter(g -> g.size() > 1).toList();
        this.synonyms = build(this.groups);
    }

    public SynonymMap synonyms() {
        return synonyms;
    }

    private static SynonymMap build(List<List<String>> groups) {
        // The words of a rule must look like the token stream where the filter sits: lower-cased and folded.
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
        String rules = groups.stream().map(g -> g.stream().map(QueryAliasMap::escape).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("alias table does not parse: " + e.getMessage(), e);
        }
    }

    private static String escape(String variant) {
        return variant.replace("\\", "\\\\").replace("=", "\\=").replace(">", "\\>");
    }

    /** For each alias the query's words name, the other spellings it also matched. */
    public List<AliasNote> notesFor(String query) {
        List<AliasNote> notes = new ArrayList<>();
        String folded = fold(query);
        for (List<String> group : groups) {
            for (String variant : group) {
                Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(variant)) + "(?![\\p{L}\\p{N}])");
                if (word.matcher(folded).find()) {
                    notes.add(new AliasNote(variant, group.stream().filter(v -> !v.equals(variant)).toList()));
                    break;
                }
            }
        }
        return notes;
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
