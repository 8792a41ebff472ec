package news.dispatch.search;

import java.util.ArrayList;
import java.util.List;

import news.dispatch.index.StoredEntity;

/**
 * How much one article view returns at most. A long article naming a few persons thousands of times, opened from a
 * search for a common word, would otherwise answer with every mention and every match: 15–22 MB of JSON for a 2 MB
 * article, enough for 16 concurrent views to run a 512 MB server out of memory. Each entity lists its first mentions
 * (with its count of all), the view lists a bounded number of mentions in all, and the search's matches come a page
 * at a time ({@code matches_from}); what was left out is counted, so the page can say so.
 */
public final class ArticleViewCaps {
    /** Matches of the search in one view; the next ones are asked with {@code matches_from}. */
    public static final int MATCHES = 1_000;
    /** Mentions listed per entity (the page marks these; the count says how many there are). */
    public static final int MENTIONS_PER_ENTITY = 100;
    /** Mentions listed in one view across all its entities (an article of thousands of distinct names). */
    public static final int MENTIONS = 5_000;

    private ArticleViewCaps() {
    }

    /** The entities of one view, mentions capped, and the number of mentions left out. */
    record CappedEntities(List<StoredEntity> persons, List<StoredEntity> countries, List<StoredEntity> organizations,
                    int leftOut) {
    }

    /** The entities with at most {@link #MENTIONS_PER_ENTITY} mentions each and {@link #MENTIONS} in all. */
    static CappedEntities of(List<StoredEntity> persons, List<StoredEntity> countries, List<StoredEntity> organizations) {
        int[] budget = {MENTIONS};
        int[] leftOut = {0};
        return new CappedEntities(capped(persons, budget, leftOut), capped(countries, budget, leftOut),
                capped(organizations, budget, leftOut), leftOut[0]);
    }

    private static List<StoredEntity> capped(List<StoredEntity> entities, int[] budget, int[] leftOut) {
        if (entities == null) return List.of();
        List<StoredEntity> out = new ArrayList<>(entities.size());
        for (StoredEntity e : entities) {
            int kept = Math.min(e.mentions().size(), Math.min(MENTIONS_PER_ENTITY, budget[0]));
            budget[0] -= kept;
            leftOut[0] += e.mentions().size() - kept;
            out.add(e.withFirstMentions(kept));
        }
        return out;
    }
}
