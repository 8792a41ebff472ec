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
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import news.dispatch.index.Schema;

/**
 * The entity gazetteer's spelling variants as query-time synonyms: one table (the gazetteer) is the single
 * source of truth for both tagging and searching. Every spelling of a group expands to the same alternatives (each
 * a phrase), so each finds the same articles.
 */
public final class QueryAliasMap {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Combining marks, left by the decomposition of accented letters: compiled once, as every query is folded. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** The fields the aliases are applied to (the others are read as names, without synonyms). */
    private static final Set<String> ALIASED_FIELDS = Set.of(Schema.TITLE, Schema.BODY);

    private final SynonymMap synonyms;
    private final List<List<String>> groups;
    /** Per group, each spelling's words as the index holds them (stemmed, stop words out). */
    private final List<List<List<String>>> indexedWords = new ArrayList<>();
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
        Analyzer index = Schema.indexAnalyzer();
        int longest = 1;
        for (int g = 0; g < this.groups.size(); g++) {
            List<List<String>> indexed = new ArrayList<>();
            for (String variant : this.groups.get(g)) {
                indexed.add(terms(index, variant));
                List<String> w = words(variant);
                if (w.isEmpty()) continue;
                variants.putIfAbsent(String.join(" ", w), new Variant(variant, g));
                longest = Math.max(longest, w.size());
            }
            indexedWords.add(indexed);
        }
        this.longestVariant = longest;
    }

    public SynonymMap synonyms() {
        return synonyms;
    }

    /** The groups the map was built from, each with at least two spellings. */
    public List<List<String>> groups() {
        return groups;
    }

    private static SynonymMap build(List<List<String>> groups) {
        String rules = groups.stream().map(g -> g.stream().map(QueryAliasMap::escape).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, Schema.aliasRuleAnalyzer());
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

    /**
     * For each alias the query names, the other spellings it also matched. Read from the parsed query: a spelling
     * counts only where every spelling of its group is searched in title or body outside an exclusion, so
     * {@code -Kyiv} or {@code person:Kyiv} explain nothing. {@code text} only says which spelling the user wrote.
     */
    List<AliasNote> notesFor(Query parsed, String text) {
        Set<String> searched = searchedTerms(parsed);
        if (searched.isEmpty()) return List.of();
        List<String> words = words(text);
        List<AliasNote> notes = new ArrayList<>();
        Set<Integer> noted = new HashSet<>();
        for (int from = 0; from < words.size(); from++) {
            for (int to = Math.min(words.size(), from + longestVariant); to > from; to--) {
                Variant named = variants.get(String.join(" ", words.subList(from, to)));
                if (named == null || !expanded(named.group(), searched)) continue;
                if (noted.add(named.group())) {
                    notes.add(new AliasNote(named.spelling(), groups.get(named.group()).stream()
                            .filter(v -> !v.equals(named.spelling())).toList()));
                }
                from = to - 1;
                break;
            }
        }
        return notes;
    }

    private boolean expanded(int group, Set<String> searched) {
        return indexedWords.get(group).stream().allMatch(searched::containsAll);
    }

    /** Terms the query searches in the aliased fields, leaving out everything under an exclusion. */
    private static Set<String> searchedTerms(Query query) {
        Set<String> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public boolean acceptField(String field) {
                return ALIASED_FIELDS.contains(field);
            }

            @Override
            public void consumeTerms(Query q, Term... matched) {
                for (Term t : matched) terms.add(t.text());
            }
        });
        return terms;
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Schema.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lower-cased, accent-free words: the same for "Kyiv's" in a query and "Kyiv" in the table. */
    private static List<String> words(String text) {
        return Arrays.stream(NOT_WORD.split(fold(text))).filter(w -> !w.isEmpty()).toList();
    }

    private static String fold(String s) {
        return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
