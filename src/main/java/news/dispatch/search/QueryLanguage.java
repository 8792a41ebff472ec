package news.dispatch.search;

import org.apache.lucene.analysis.Analyzer;

import news.dispatch.index.Schema;

/** How queries are read: the alias table, the analyzer built on it, and the parser using that analyzer. */
record QueryLanguage(QueryAliasMap aliases, Analyzer analyzer, QueryReader reader) {
    static QueryLanguage of(QueryAliasMap aliases) {
        Analyzer analyzer = Schema.queryAnalyzer(aliases.synonyms());
        return new QueryLanguage(aliases, analyzer, new QueryReader(analyzer, aliases));
    }
}
