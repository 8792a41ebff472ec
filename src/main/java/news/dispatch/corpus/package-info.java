/**
 * Articles as they come from files and fetched pages: the readers of each format (JSON, JSON Lines, HTML, plain
 * text with front matter), publication dates, text repair (mojibake, invisible characters) and the walk over a corpus
 * folder ({@link news.dispatch.corpus.Corpus}) that yields {@link news.dispatch.corpus.Article} records or a
 * {@link news.dispatch.corpus.Problem} naming the file and the reason.
 *
 * <p>The first step of the flow (files → corpus → entity → index): it imports no other Dispatch package, and
 * nothing of Lucene, HTTP or the command line.
 */
package news.dispatch.corpus;
