/**
 * Writing search results as files: CSV (spreadsheet-safe cells) and JSON Lines
 * ({@link news.dispatch.export.ExportFormat}), the exported fields and the facet tables. Rows come from
 * {@code search}; the page and the command line both write through here.
 *
 * <p>It imports {@code index} and {@code search}; never {@code web} or {@code cli}.
 */
package news.dispatch.export;
