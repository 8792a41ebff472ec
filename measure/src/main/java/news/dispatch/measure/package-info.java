/**
 * Dispatch's measuring tools, a module of their own (measure/) outside the product jar: {@code bench} (indexing,
 * search, growth, start-up and heap against plain Lucene), {@code eval} (entity and story quality, extraction speed)
 * and {@code load} (a running server under concurrent searches). {@link news.dispatch.measure.MeasureCommand} is
 * their command line; the launcher runs it for {@code ./dispatch bench|eval|load}. BENCHMARKS.md and
 * docs/entities.md give the figures and the commands that reproduce them.
 *
 * <p>They may import any product package; no product package imports them.
 */
package news.dispatch.measure;
