package news.dispatch.entity.correction;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where an index keeps the user's entity rules: a file beside the embedded index ({@link EntityRulesFile}) or a
 * SolrCloud collection's node in ZooKeeper. Both hold the same text and change it atomically.
 */
public interface EntityRulesStore {
    /** The rules in order; none when none were saved. */
    List<EntityRule> read() throws IOException;

    /** Reads the rules, lets {@code change} return the new list and writes it atomically; returns what it wrote. */
    List<EntityRule> update(UnaryOperator<List<EntityRule>> change) throws IOException;

    /** Where the rules are, as a user would look for them. */
    String where();
}
