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
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final SynonymMap synonyms;
    private final List<List<String>> groups;
    /** Each group's variants folded and compiled once: compiling them per search cost more than the search. */
    private final List<List<Variant>> matchers;

    /**
     * A variant as it is looked for in a folded query: a substring test first, then the word-bounded pattern,
     * compiled on first need (most variants never occur in any query, and start-up should not pay for them).
     */
    private static final class Variant {
        final String text;
        private final String folded;
        private volatile Pattern word;

        Variant(String text) {
            this.text = text;
            this.folded = fold(text);
        }

        boolean in(String foldedQuery) {
            if (!foldedQuery.contains(folded)) return false;
            Pattern p = word;
            if (p == null) {
                p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(folded) + "(?![\\p{L}\\p{N}])");
                word = p;
            }
            return p.matcher(foldedQuery).find();
        }
    }

    public QueryAliasMap(List<List<String>> groups) {
        this.groups = groups.stream().map(g -> g.stream().filter(v -> !v.contains(",") && !v.isBlank()).toList())
                .filter(g -> g.size() > 1).toList();
        this.synonyms = build(this.groups);
        this.matchers = this.groups.stream().map(g -> g.stream().map(Variant::new).toList()).toList();
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
        for (List<Variant> group : matchers) {
            for (Variant variant : group) {
                if (variant.in(folded)) {
                    notes.add(new AliasNote(variant.text, group.stream().map(v -> v.text)
                            .filter(v -> !v.equals(variant.text)).toList()));
                    break;
                }
            }
        }
        return notes;
    }

    private static String fold(String s) {
        return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
