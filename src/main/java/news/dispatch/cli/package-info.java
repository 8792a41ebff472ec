/**
 * The {@code dispatch} command line (picocli): index, search, export, serve, watch, extract, entities, solr, and the
 * default job (index when needed, then serve). It wires the other packages together and is the only package allowed
 * to import all of them.
 *
 * <p>Nothing imports it except the measuring tools, and it never imports {@code measure}: bench, eval and load live
 * in their own module (measure/) and the launcher runs them.
 */
package news.dispatch.cli;
