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
import org.apache.lucene.search.TermQuery;

import news.dispatch.index.ArabicSpellings;
import news.dispatch.index.CrossScriptAnalyzer;
import news.dispatch.index.LanguageChains;
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
    private static final Map<String, Float> WEIGHTS = weights(Schema.TITLE, 2f, Schema.BODY, 1f);
    /** Cross-script keys weigh half the article's own reading: a transliteration is a guess at the spelling. */
    private static final Map<String, Float> LATIN_WEIGHTS = weights(Schema.TITLE_LATIN, 1f, Schema.BODY_LATIN, 0.5f);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final Analyzer analyzer;
    private final QueryAliasMap aliases;

    public QueryReader(Analyzer analyzer, QueryAliasMap aliases) {
        this.analyzer = analyzer;
        this.aliases = aliases;
    }

    /** The query as English and unknown-language articles read it: an index of no other language. */
    public ReadQuery read(String text) {
        return read(text, Set.of());
    }

    /**
     * The query as the articles of each analysis chain in {@code chains} read it ({@link LanguageChains}): each
     * chain's reading searches its own articles only, so words, phrases and exclusions are judged in the article's
     * language. English's reading is the one an English-only index has always had, plus, for a query with words of
     * another alphabet, the same query spelled in Latin letters ("Путин" also searches "putin"); every other
     * chain's reading also searches the cross-script keys ({@link Schema#BODY_LATIN}) at a lower weight. With no
     * chain but English the query is exactly English's reading.
     */
    public ReadQuery read(String text, Set<String> chains) {
        return read(text, chains, Set.of());
    }

    /**
     * The query as {@link #read(String, Set)} reads it, where the carried fields {@code carried} (their names,
     * {@code bias}, {@code topic}: {@link Schema#carriedField}) may be named too: {@code bias:left} searches the
     * articles' {@code meta.bias}.
     */
    public ReadQuery read(String text, Set<String> chains, Set<String> carried) {
        ReadQuery english = readEnglish(text, carried);
        if (english.query() instanceof MatchAllDocsQuery) return english;
        String q = CONTROL.matcher(text).replaceAll(" ").strip();
        String latin = CrossScriptAnalyzer.latinSpelling(q);
        List<AliasNote> notes = new ArrayList<>(english.aliases());
        // English's reading: the query as always, and, written in another alphabet, also in Latin letters ("Путин"
        // finds "Putin"). Read once, whatever the chains.
        Query englishReading = latin.equals(q) ? english.query()
                : either(english.query(), readEnglish(latin, carried).query());
        if (chains.isEmpty() || chains.equals(Set.of(LanguageChains.ENGLISH))) {
            if (latin.equals(q)) return english;
            notes.addAll(spellingNotes(q, latin));
            return new ReadQuery(englishReading, english.warnings(), notes);
        }
        // What every other chain's reading shares, read once: the spellings the aliases give, the cross-script keys.
        List<String> variants = aliasVariants(q, english.aliases());
        // The keys of an Arabic name are those of its Latin spelling (the Arabic words themselves have none).
        Query crossScript = readIn(ArabicSpellings.latin(q), Schema.TITLE_LATIN, Schema.BODY_LATIN,
                LATIN_WEIGHTS, carried);
        // Arabic articles reach Latin and Cyrillic names through the entity table, not their keys: Putin → بوتين.
        String arabic = chains.contains(LanguageChains.ARABIC) ? ArabicSpellings.standard().arabic(q) : q;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Map<String, Query> readings = new java.util.HashMap<>();
        for (String chain : chains) {
            Query reading;
            if (chain.equals(LanguageChains.ENGLISH)) {
                reading = englishReading;
            } else {
                String title = Schema.titleField(chain);
                String body = Schema.bodyField(chain);
                BooleanQuery.Builder spellings = new BooleanQuery.Builder();
                for (String variant : variants) {
                    spellings.add(readIn(variant, title, body, weights(title, 2f, body, 1f), carried), Occur.SHOULD);
                }
                if (chain.equals(LanguageChains.ARABIC) && !arabic.equals(q)) {
                    spellings.add(readIn(arabic, title, body, weights(title, 2f, body, 1f), carried), Occur.SHOULD);
                }
                reading = either(spellings.build(), crossScript);
            }
            readings.put(chain, reading);
            any.add(new BooleanQuery.Builder().add(reading, Occur.MUST)
                    .add(new TermQuery(new Term(Schema.ANALYSIS, chain)), Occur.FILTER).build(), Occur.SHOULD);
        }
        if (!latin.equals(q)) notes.addAll(spellingNotes(q, latin));
        if (!arabic.equals(q)) notes.addAll(spellingNotes(q, arabic));
        return new ReadQuery(any.build(), english.warnings(), notes, Map.copyOf(readings));
    }

    /** Most spellings of a query a language's reading searches: the aliases of its named places, combined. */
    static final int MAX_ALIAS_VARIANTS = 32;

    /**
     * The query as written and as written with each alias the English reading found ({@code French Republic} also as
     * {@code France}): a language's analysis has no alias table of its own, and every spelling of a place must find
     * the same articles in every language. Every combination while there are few; past
     * {@link #MAX_ALIAS_VARIANTS}, one alias at a time.
     */
    static List<String> aliasVariants(String q, List<AliasNote> notes) {
        List<String> variants = new ArrayList<>(List.of(q));
        for (AliasNote note : notes) {
            java.util.regex.Pattern term = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
                    + java.util.regex.Pattern.quote(note.term()) + "(?![\\p{L}\\p{N}])",
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
            boolean combine = variants.size() * (note.alsoMatches().size() + 1) <= MAX_ALIAS_VARIANTS;
            List<String> next = new ArrayList<>(variants);
            for (String base : combine ? variants : List.of(q)) {
                if (!term.matcher(base).find()) continue;
                for (String other : note.alsoMatches()) {
                    String replaced = term.matcher(base).replaceAll(java.util.regex.Matcher.quoteReplacement(other));
                    if (!next.contains(replaced)) next.add(replaced);
                }
            }
            variants = next;
        }
        return variants;
    }

    /** One note per word of another alphabet: "Путин" also matches "Putin". */
    private static List<AliasNote> spellingNotes(String q, String latin) {
        List<AliasNote> notes = new ArrayList<>();
        String[] written = q.split("\\s+");
        String[] spelled = latin.split("\\s+");
        if (written.length != spelled.length) return List.of(new AliasNote(q, List.of(latin)));
        for (int i = 0; i < written.length; i++) {
            if (!written[i].equals(spelled[i])) notes.add(new AliasNote(written[i], List.of(spelled[i])));
        }
        return notes;
    }

    private static Query either(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
    }

    /** The query read strictly, else loosely, into one chain's title and body fields. */
    private Query readIn(String q, String title, String body, Map<String, Float> weights, Set<String> carried) {
        Query query;
        try {
            query = new StrictParser(title, body, weights, carried).parse(q);
        } catch (ParseException | RuntimeException e) {
            if (e instanceof BadRequestException bad) throw bad;
            if (LuceneSearcher.hasCause(e, IndexSearcher.TooManyClauses.class)) throw LuceneSearcher.tooManyClauses();
            query = loose(q, weights);
        }
        // Words the chain reads as stop words only leave no clause: such a query matches none of its articles.
        return RepeatedClauses.fold(allExcept(query == null ? new MatchNoDocsQuery("only stop words") : query));
    }

    private ReadQuery readEnglish(String text, Set<String> carried) {
        if (text.length() > QueryLimits.MAX_QUERY_LENGTH) {
            throw new BadRequestException("The query is " + text.length() + " characters long; the limit is "
                    + QueryLimits.MAX_QUERY_LENGTH + ".");
        }
        String q = CONTROL.matcher(text).replaceAll(" ").strip();
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
            return new ReadQuery(new MatchAllDocsQuery(), List.of(), List.of());
        }
        List<String> warnings = new ArrayList<>();
        StrictParser strict = new StrictParser(Schema.TITLE, Schema.BODY, WEIGHTS, carried);
        Query query;
        try {
            query = strict.parse(q);
        } catch (ParseException | RuntimeException e) {
            if (e instanceof BadRequestException bad) throw bad;
            if (LuceneSearcher.hasCause(e, IndexSearcher.TooManyClauses.class)) throw LuceneSearcher.tooManyClauses();
            warnings.add("The query could not be read as written (" + reason(e)
                    + "), so its words were searched instead.");
            strict.unknown.clear();
            query = loose(q, WEIGHTS);
        }
        if (!strict.unknown.isEmpty()) {
            List<String> known = new ArrayList<>(Schema.QUERY_FIELDS);
            carried.stream().sorted().forEach(known::add);
            warnings.add("Not a searchable field: " + String.join(", ", strict.unknown) + " (ignored); the fields are "
                    + String.join(", ", known) + ".");
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
        /** What {@link #field} answers for a field that gives no clause (compared by identity). */
        private static final String REFUSED = new String("refused");
        final Set<String> unknown = new LinkedHashSet<>();
        private final Set<String> carried;
        private final String title;
        private final String body;
        /** The words last read for the title, and what they gave: the body's reading of them is a copy. */
        private String titleWords;
        private boolean titleQuoted;
        private Query titleReading;

        StrictParser(String title, String body, Map<String, Float> weights, Set<String> carried) {
            super(new String[] {title, body}, QueryReader.this.analyzer, weights);
            this.carried = carried;
            this.title = title;
            this.body = body;
            setDefaultOperator(QueryParser.Operator.AND);
            setAllowLeadingWildcard(false);
            setSplitOnWhitespace(false);
            // An alias of several words is a phrase on every path: "South Korea" and "Republic of Korea" are
            // then the same query.
            setAutoGenerateMultiTermSynonymsPhraseQuery(true);
            setFuzzyPrefixLength(QueryLimits.FUZZY_PREFIX);
        }

        /**
         * The index field a field named in the query reads: itself for the fields of {@link Schema#QUERY_FIELDS} (and
         * null, the default fields), {@code meta.bias} for a carried field {@code bias}, else {@link #REFUSED}.
         */
        private String field(String field) {
            if (field == null || Schema.QUERY_FIELDS.contains(field)) return field;
            if (carried.contains(field)) return Schema.carriedField(field);
            unknown.add(field);
            return REFUSED;
        }

        /**
         * A chain's title and body are read by one analyzer ({@link Schema#queryAnalyzer}): the body's reading of the
         * words just read for the title is that reading in the body field, not a second analysis (issue 29).
         */
        @Override
        protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
                throws ParseException {
            if (field.equals(body) && titleWords != null && titleWords.equals(queryText) && titleQuoted == quoted) {
                titleWords = null;
                Query copy = titleReading == null ? null : FieldCopy.of(titleReading, title, body);
                if (titleReading == null || copy != null) return copy;
            }
            Query reading = super.newFieldQuery(analyzer, field, queryText, quoted);
            boolean isTitle = field.equals(title);
            titleWords = isTitle ? queryText : null;
            titleQuoted = quoted;
            titleReading = isTitle ? reading : null;
            return reading;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            String f = field(field);
            return f == REFUSED ? null : super.getFieldQuery(f, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            String f = field(field);
            return f == REFUSED ? null : super.getFieldQuery(f, queryText, slop);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            String f = field(field);
            return f == REFUSED ? null : super.getPrefixQuery(f, termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            String f = field(field);
            return f == REFUSED ? null : super.getWildcardQuery(f, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            String f = field(field);
            return f == REFUSED ? null : super.getFuzzyQuery(f, termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            String f = field(field);
            return f == REFUSED ? null : super.getRegexpQuery(f, termStr);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            String f = field(field);
            return f == REFUSED ? null : super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
            int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0, term.text().length()));
            return new FuzzyQuery(term, edits, prefixLength, QueryLimits.FUZZY_EXPANSIONS, FuzzyQuery.defaultTranspositions);
        }
    }

    /**
     * Title and body weights in that order: the loose parser builds its clauses in the map's order, and Map.of's
     * order changes from one JVM to the next, which made the query a response echoes differ between runs.
     */
    private static Map<String, Float> weights(String title, float titleWeight, String body, float bodyWeight) {
        Map<String, Float> weights = new java.util.LinkedHashMap<>();
        weights.put(title, titleWeight);
        weights.put(body, bodyWeight);
        return java.util.Collections.unmodifiableMap(weights);
    }

    private Query loose(String q, Map<String, Float> weights) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(q.replaceAll("[\"()*~+|\\-]", " "));
        return query == null ? new MatchNoDocsQuery("no searchable words") : query;
    }

    /**
     * A boolean query of exclusions only matches nothing in Lucene; a reader who writes {@code -putin} means every
     * article except those. Applied at every level: {@code kyiv OR (-putin)} too.
     */
    static Query allExcept(Query query) {
        if (query instanceof BoostQuery boost) {
            Query inner = allExcept(boost.getQuery());
            return inner == boost.getQuery() ? query : new BoostQuery(inner, boost.getBoost());
        }
        if (!(query instanceof BooleanQuery bool) || bool.clauses().isEmpty()) return query;
        boolean onlyExclusions = true;
        boolean changed = false;
        BooleanQuery.Builder rebuilt = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
            onlyExclusions &= clause.occur() == Occur.MUST_NOT;
            Query inner = clause.occur() == Occur.MUST_NOT ? clause.query() : allExcept(clause.query());
            changed |= inner != clause.query();
            rebuilt.add(inner, clause.occur());
        }
        if (onlyExclusions) rebuilt.add(new MatchAllDocsQuery(), Occur.MUST);
        // Nothing to add anywhere (most queries): the query as parsed, not an equal copy of it.
        return changed || onlyExclusions ? rebuilt.build() : query;
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
