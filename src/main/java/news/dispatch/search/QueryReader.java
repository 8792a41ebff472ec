package news.dispatch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import news.dispatch.index.Schema;

/**
 * Reads the query language a news reader expects: words (all required), "phrases", -exclude, OR, field:value
 * for the fields of {@link Schema#QUERY_FIELDS}, prefix*, fuzzy~. Title matches weigh twice body matches. A query
 * of exclusions only ({@code -putin}) means every article except those.
 *
 * <p>The strict parser is tried first. Input it rejects (an unclosed quote, a dangling AND) is not an error
 * for the reader: it is searched as plain words, and a warning says so. A field that is not searchable (id, file,
 * hash, …) is a warning and contributes no clause.
 */
public final class QueryReader {
    private static final Map<String, Float> WEIGHTS = Map.of(Schema.TITLE, 2f, Schema.BODY, 1f);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final Analyzer analyzer;
    private final QueryAliasMap aliases;

    public QueryReader(Analyzer analyzer, QueryAliasMap aliases) {
        this.analyzer = analyzer;
        this.aliases = aliases;
    }

    public ReadQuery read(String text) {
        if (text.length() > QueryLimits.MAX_QUERY_LENGTH) {
            throw new BadRequestException("The query is " + text.length() + " characters long; the limit is "
                    + QueryLimits.MAX_QUERY_LENGTH + ".");
        }
        String q = CONTROL.matcher(text).replaceAll(" ").strip();
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
            return new ReadQuery(new MatchAllDocsQuery(), List.of(), List.of());
        }
        List<String> warnings = new ArrayList<>();
        StrictParser strict = new StrictParser();
        Query query;
        try {
            query = strict.parse(q);
        } catch (ParseException | RuntimeException e) {
            if (e instanceof BadRequestException bad) throw bad;
            if (LuceneSearcher.hasCause(e, IndexSearcher.TooManyClauses.class)) throw LuceneSearcher.tooManyClauses();
            warnings.add("The query could not be read as written (" + reason(e)
                    + "), so its words were searched instead.");
            strict.unknown.clear();
            query = loose(q);
        }
        if (!strict.unknown.isEmpty()) {
            warnings.add("Not a searchable field: " + String.join(", ", strict.unknown) + " (ignored); the fields are "
                    + String.join(", ", Schema.QUERY_FIELDS) + ".");
        }
        query = RepeatedClauses.fold(allExcept(query));
        return new ReadQuery(query, warnings, aliases.notesFor(query, q));
    }

    /**
     * The classic parser: bare words go to title and body with their weights, runs of words reach the analyzer
     * together (so multi-word aliases match), and fields outside {@link Schema#QUERY_FIELDS} give no clause.
     * One per call (not thread-safe).
     */
    private final class StrictParser extends MultiFieldQueryParser {
        final Set<String> unknown = new LinkedHashSet<>();

        StrictParser() {
            super(new String[] {Schema.TITLE, Schema.BODY}, QueryReader.this.analyzer, WEIGHTS);
            setDefaultOperator(QueryParser.Operator.AND);
            setAllowLeadingWildcard(false);
            setSplitOnWhitespace(false);
            // An alias of several words is a phrase on every path: "South Korea" and "Republic of Korea" are
            // then the same query.
            setAutoGenerateMultiTermSynonymsPhraseQuery(true);
            setFuzzyPrefixLength(QueryLimits.FUZZY_PREFIX);
        }

        private boolean refused(String field) {
            if (field == null || Schema.QUERY_FIELDS.contains(field)) return false;
            unknown.add(field);
            return true;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return refused(field) ? null : super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return refused(field) ? null : super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return refused(field) ? null : super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return refused(field) ? null : super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return refused(field) ? null : super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return refused(field) ? null : super.getRegexpQuery(field, termStr);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            return refused(field) ? null : super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
            int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0, term.text().length()));
            return new FuzzyQuery(term, edits, prefixLength, QueryLimits.FUZZY_EXPANSIONS, FuzzyQuery.defaultTranspositions);
        }
    }

    private Query loose(String q) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(q.replaceAll("[\"()*~+|\\-]", " "));
        return query == null ? new MatchNoDocsQuery("no searchable words") : query;
    }

    /**
     * A boolean query of exclusions only matches nothing in Lucene; a reader who writes {@code -putin} means every
     * article except those. Applied at every level: {@code kyiv OR (-putin)} too.
     */
    static Query allExcept(Query query) {
        if (query instanceof BoostQuery boost) return new BoostQuery(allExcept(boost.getQuery()), boost.getBoost());
        if (!(query instanceof BooleanQuery bool) || bool.clauses().isEmpty()) return query;
        boolean onlyExclusions = true;
        BooleanQuery.Builder rebuilt = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
            onlyExclusions &= clause.occur() == Occur.MUST_NOT;
            rebuilt.add(clause.occur() == Occur.MUST_NOT ? clause.query() : allExcept(clause.query()), clause.occur());
        }
        if (onlyExclusions) rebuilt.add(new MatchAllDocsQuery(), Occur.MUST);
        return rebuilt.build();
    }

    private static String reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("not allowed as first character")) return "a word cannot start with * or ?";
        if (message.contains("Lexical error") && message.contains("\\\"")) return "a quote is not closed";
        if (message.contains("Encountered \"<EOF>\"")) return "it ends in the middle of an expression";
        if (message.contains("Encountered")) return "an operator or bracket is out of place";
        int cut = message.indexOf('\n');
        message = cut > 0 ? message.substring(0, cut) : message;
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }
}
