package news.dispatch.corpus;

/**
 * An article's fields exactly as a reader found them (any may be null), before the shared rules of
 * {@link ArticleAssembler} turn them into an {@link Article}: date parsing, ids, title fallback, cleanup.
 *
 * @param line  1-based line for line-based formats, else 0; becomes {@link Article#line()}
 * @param index position in a JSON array (0-based), or -1; suffixes the fallback id
 * @param problemLine where to report a problem with this article (the element's line in a JSON array)
 * @param fields the other fields the input carries, and those left out of them
 */
record RawArticle(String id, String title, String body, String date, String source, String url,
                  String language, int line, int index, int problemLine, String author, CarriedFields fields) {

    static RawArticle wholeFile(String id, String title, String body, String date, String source, String url,
                                String language, String author, CarriedFields fields) {
        return new RawArticle(id, title, body, date, source, url, language, 0, -1, 0, author, fields);
    }
}
