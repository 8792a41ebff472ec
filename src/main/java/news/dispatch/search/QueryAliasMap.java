package news.dispatch.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final SynonymMap synonyms;
    private final List<List<String>> groups;
    /** Every variant by its folded words joined with spaces: a note costs a lookup per run of query words. */
    private final Map<String, Variant> variants = new HashMap<>();
    private final int longestVariant;

    /** One spelling as the table writes it, and the index of its group. */
    private record Variant(String spelling, int group) {
    }

    public QueryAliasMap(List<List<String>> groups) {
        this.groups = groups.stream().map(g -> g.stream().filter(v -> !v.contains(",") && !v.isBlank()).toList())
                .filter(g -> g.size() > 1).toList();
        this.synonyms = build(this.groups);
        int longest = 1;
        for (int g = 0; g < this.groups.size(); g++) {
            for (String variant : this.groups.get(g)) {
                List<String> w = words(variant);
                if (w.isEmpty()) continue;
                variants.putIfAbsent(String.join(" ", w), new Variant(variant, g));
                longest = Math.max(longest, w.size());
            }
        }
        this.longestVariant = longest;
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

    /**
     * The same aliases as rules of a Solr synonyms file (one group a line, spellings comma-separated), with each
     * spelling's words lower-cased and folded as this map folds them: the cluster's query analysis matches ours.
     */
    public String solrSynonymRules() {
        StringBuilder rules = new StringBuilder();
        for (List<String> group : groups) {
            List<String> spellings = group.stream().map(v -> String.join(" ", words(v))).filter(v -> !v.isEmpty())
                    .distinct().map(QueryAliasMap::escape).toList();
            if (spellings.size() > 1) rules.append(String.join(", ", spellings)).append('\n');
        }
        return rules.toString();
    }

    private static String escape(String variant) {
        return variant.replace("\\", "\\\\").replace("=", "\\=").replace(">", "\\>");
    }

    /** For each alias the query's words name, the other spellings it also matched. */
    public List<AliasNote> notesFor(String query) {
        List<String> words = words(query);
        List<AliasNote> notes = new ArrayList<>();
        Set<Integer> noted = new HashSet<>();
        for (int from = 0; from < words.size(); from++) {
            for (int to = Math.min(words.size(), from + longestVariant); to > from; to--) {
                Variant named = variants.get(String.join(" ", words.subList(from, to)));
                if (named != null && noted.add(named.group())) {
                    notes.add(new AliasNote(named.spelling(), groups.get(named.group()).stream()
                            .filter(v -> !v.equals(named.spelling())).toList()));
                    break;
                }
            }
        }
        return notes;
    }

    /** Lower-cased, accent-free words: the same for "Kyiv's" in a query and "Kyiv" in the table. */
    private static List<String> words(String text) {
        return Arrays.stream(NOT_WORD.split(fold(text))).filter(w -> !w.isEmpty()).toList();
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
