package news.dispatch.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The numeric key of each story ({@link Schema#STORY_KEY}): a 63-bit hash of the story's id, made unique where it is
 * assigned, when stories are (re)grouped ({@link StoryGroups}): where ids hash alike, the smallest id keeps the hash and
 * each other takes the next free value, in id order. So the keys are a function of the set of story ids alone, as the
 * stories are, and two stories never share a key by chance. Keys are never negative: a search gives an article
 * without one (an index written before keys) a negative key of its own making.
 */
final class StoryKeys {
    private final ToLongFunction<String> hash;

    StoryKeys() {
        this(StoryKeys::of);
    }

    /** @param hash the key a story id asks for (a test gives every id the same, to make them clash) */
    StoryKeys(ToLongFunction<String> hash) {
        this.hash = hash;
    }

    /**
     * The key a story id asks for: what a new article, a story of its own until grouped, is written with (a clash
     * with another story's key is resolved by the grouping that follows every write, before the commit).
     */
    static long of(String story) {
        long h = 0xcbf29ce484222325L;
        for (byte b : story.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        // FNV-1a, then splitmix64's finalizer: ids that differ in their last character get far-apart keys.
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return (h ^ (h >>> 31)) & Long.MAX_VALUE;
    }

    /** The key of each of these (distinct) story ids: no two the same. */
    Map<String, Long> assign(Collection<String> stories) {
        Map<Long, String> owner = new HashMap<>(2 * stories.size());
        List<String> clashing = new ArrayList<>();
        for (String story : stories) {
            long key = hash.applyAsLong(story) & Long.MAX_VALUE;
            String held = owner.putIfAbsent(key, story);
            if (held == null) continue;
            if (story.compareTo(held) < 0) {
                owner.put(key, story);
                clashing.add(held);
            } else {
                clashing.add(story);
            }
        }
        Collections.sort(clashing);
        for (String story : clashing) {
            long key = hash.applyAsLong(story) & Long.MAX_VALUE;
            do {
                key = (key + 1) & Long.MAX_VALUE;
            } while (owner.containsKey(key));
            owner.put(key, story);
        }
        Map<String, Long> keys = new HashMap<>(2 * owner.size());
        owner.forEach((key, story) -> keys.put(story, key));
        return keys;
    }
}
