package news.dispatch.search;

import java.util.List;

import news.dispatch.index.StoredEntity;

/**
 * One whole article for reading: plain text (the page escapes it), its entities with their mentions' offsets in
 * the title or body, related coverage, and, when it was opened from a search, where that search's words matched
 * ({@code matches}: UTF-16 offsets into the title or body, as the backend's own analysis found them).
 *
 * <p>Bounded ({@link ArticleViewCaps}): each entity lists its first mentions ({@code mention_count} says how many
 * when some are left out; {@code mentionsLeftOut} counts them all), and {@code matches} holds the matches from
 * number {@code matchesFrom} on, at most {@link ArticleViewCaps#MATCHES}, of {@code matchesTotal};
 * {@code matchesNext} is where the next page starts, null on the last.
 */
public record ArticleView(String id, String title, String body, String date, String source, String url,
                          String language, List<StoredEntity> persons, List<StoredEntity> countries,
                          List<StoredEntity> organizations, List<Related> related, List<Match> matches,
                          List<Corrected> corrections,
                          @com.fasterxml.jackson.annotation.JsonInclude(
                                  com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String author,
                          int mentionsLeftOut, int matchesTotal, int matchesFrom, Integer matchesNext,
                          @com.fasterxml.jackson.annotation.JsonInclude(
                                  com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                          java.util.Map<String, List<String>> fields) {

    /** {@code fields}: the fields the article's input carries ({@code bias}, {@code topic}), by name; never null. */
    public ArticleView {
        fields = fields == null ? java.util.Map.of() : fields;
    }

    /** The same view with the fields the article's input carries. */
    public ArticleView withFields(java.util.Map<String, List<String>> carried) {
        return new ArticleView(id, title, body, date, source, url, language, persons, countries, organizations, related,
                matches, corrections, author, mentionsLeftOut, matchesTotal, matchesFrom, matchesNext, carried);
    }

    /** An article whose matches are a page ({@code matches} from number {@code matchesFrom}) of {@code total}. */
    public ArticleView(String id, String title, String body, String date, String source, String url,
                       String language, List<StoredEntity> persons, List<StoredEntity> countries,
                       List<StoredEntity> organizations, List<Related> related, List<Match> matches, int total,
                       int matchesFrom, List<Corrected> corrections, String author) {
        this(id, title, body, date, source, url, language, ArticleViewCaps.of(persons, countries, organizations),
                related, matches, total, matchesFrom, corrections, author);
    }

    private ArticleView(String id, String title, String body, String date, String source, String url,
                        String language, ArticleViewCaps.CappedEntities entities, List<Related> related,
                        List<Match> matches, int total, int matchesFrom, List<Corrected> corrections, String author) {
        this(id, title, body, date, source, url, language, entities.persons(), entities.countries(),
                entities.organizations(), related, matches, corrections, author, entities.leftOut(), total,
                matchesFrom, matchesFrom + matches.size() < total ? matchesFrom + matches.size() : null,
                java.util.Map.of());
    }

    /**
     * A value a rule changed in this article: {@code name} is the value now (null when the rule removed it),
     * {@code kind} its kind now, {@code rule} the rule's number in the overrides file (0: automatic, one name per
     * person), {@code note} how it reads ("merged from 'Chris Stevens' by rule 3").
     */
    public record Corrected(String kind, String name, String from, String action, int rule, String note) {
        /** What the entity rules changed in a stored article, from its stored corrections (none: null). */
        public static List<Corrected> ofStored(String corrections) {
            return news.dispatch.index.ExtractedValues.corrections(corrections).stream()
                    .map(c -> new Corrected(c.kind(), c.name(), c.from(), c.action().word(), c.rule(), c.describe()))
                    .toList();
        }
    }

    /** Where a searched word or phrase is in the article: {@code field} is "title" or "body", {@code end} exclusive. */
    public record Match(String field, int start, int end) {
    }

    /** Another article on the same story; {@code nearDuplicate} when it is mostly the same text. */
    public record Related(String id, String title, String date, String source, float score, boolean nearDuplicate) {
    }
}
