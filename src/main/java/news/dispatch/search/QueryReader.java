package news.dispatch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import news.dispatch.index.Schema;

/**
 * Reads the query language a news reader expects: words (all required), "phrases", -exclude, OR, field:value
 * for title, body, person, country and source, prefix*, fuzzy~. Title matches weigh twice body matches.
 *
 * <p>The strict parser is tried first. Input it rejects (an unclosed quote, a dangling AND) is not an error
 * for the reader: it is searched as plain words, and a warning says so.
 */
public final class QueryReader {
    static final Set<String> FIELDS = Set.of(Schema.TITLE, Schema.BODY, Schema.PERSON, Schema.COUNTRY, Schema.SOURCE);
    private static final Map<String, Float> WEIGHTS = Map.of(Schema.TITLE, 2f, Schema.BODY, 1f);

    private final Analyzer analyzer;

    public QueryReader(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public ReadQuery read(String text) {
        if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw new BadRequestException("The query is " + text.length() + " characters long; the limit is "
                    + SearchRequest.MAX_QUERY_LENGTH + ".");
        }
        String q = text.replaceAll("\\p{Cntrl}", " ").strip();
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) return new ReadQuery(new MatchAllDocsQuery(), List.of());
        List<String> warnings = new ArrayList<>();
        Query query;
        try {
            query = strict().parse(q);
        } catch (ParseException | RuntimeException e) {
            warnings.add("The query could not be read as written (" + reason(e)
                    + "), so its words were searched instead.");
            query = loose(q);
        }
        List<String> unknown = unknownFields(query);
        if (!unknown.isEmpty()) {
            warnings.add("Unknown field" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + ": the fields are title, body, person, country and source.");
        }
        return new ReadQuery(query, warnings);
    }

    /** The classic parser: bare words go to title and body with their weights; one per call (not thread-safe). */
    private MultiFieldQueryParser strict() {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Schema.TITLE, Schema.BODY}, analyzer,
                WEIGHTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        return parser;
    }

    private Query loose(String q) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(q.replaceAll("[\"()*~+|\\-]", " "));
        return query == null ? new MatchNoDocsQuery("no searchable words") : query;
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

    private static List<String> unknownFields(Query query) {
        List<String> unknown = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!FIELDS.contains(field) && !unknown.contains(field)) unknown.add(field);
                return false;
            }
        });
        return unknown;
    }
}
