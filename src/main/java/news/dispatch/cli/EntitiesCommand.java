package news.dispatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.solr.client.solrj.impl.CloudSolrClient;

import news.dispatch.entity.correction.CorpusPersons;
import news.dispatch.entity.correction.EntityRule;
import news.dispatch.entity.correction.EntityRule.Action;
import news.dispatch.entity.correction.EntityRules;
import news.dispatch.entity.correction.EntityRulesFile;
import news.dispatch.entity.correction.EntityRulesStore;
import news.dispatch.entity.correction.WordContext;
import news.dispatch.index.EntityResolution;
import news.dispatch.solr.Retry;
import news.dispatch.solr.SolrClients;
import news.dispatch.solr.SolrEntityResolution;
import news.dispatch.solr.SolrEntityRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dispatch entities}: the user's entity corrections, kept in a TSV file beside the index (with {@code --solr}:
 * with the collection, {@link SolrEntityRules}) and applied to the index at once (re-resolved from each article's
 * stored mentions, no model run), at every later indexing run and after {@code --rebuild}. The web server never
 * writes: this command is the only way to change them.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Correct persons, countries and organizations: merge, rename, block, retype, not-entity; "
                + "list the rules; undo the last. Exit code 3: the rule is saved but another process is writing the "
                + "index (it applies the rule itself).")
public final class EntitiesCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }

    static final int SAVED_INDEX_BUSY = 3;

    static final String CONTEXT = "Only mentions with one of these words around them (within "
            + news.dispatch.entity.correction.WordContext.WINDOW + " characters), |-separated: --context 'New Jersey|Jersey City'";

    @Option(names = "--index", paramLabel = "DIR", description = "The index folder. Default: index in the install folder",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    Path index = InstallFolder.resolve("index");

    @picocli.CommandLine.Mixin
    SolrOptions solr = new SolrOptions();

    @Command(name = "merge", description = "Merge one value into another: merge 'Chris Stevens' 'Christopher Stevens'.")
    int merge(@Option(names = "--kind", defaultValue = "person", description = "person, country or organization. Default: person") String kind,
              @Option(names = "--context", paramLabel = "WORDS", description = CONTEXT) String context,
              @Parameters(paramLabel = "FROM") String from, @Parameters(paramLabel = "INTO") String into) throws IOException {
        return add(new EntityRule(Action.MERGE, kind, from, into, WordContext.of(context)));
    }

    @Command(name = "rename", description = "Give a value another name: rename 'Bashar] Assad' 'Bashar al-Assad'.")
    int rename(@Option(names = "--kind", defaultValue = "person", description = "person, country or organization. Default: person") String kind,
               @Option(names = "--context", paramLabel = "WORDS", description = CONTEXT) String context,
               @Parameters(paramLabel = "NAME") String name, @Parameters(paramLabel = "NEW_NAME") String newName) throws IOException {
        return add(new EntityRule(Action.RENAME, kind, name, newName, WordContext.of(context)));
    }

    @Command(name = "block", description = "Remove a value from every article: block 'Capitol Hill'.")
    int block(@Option(names = "--kind", defaultValue = "person", description = "person, country or organization. Default: person") String kind,
              @Option(names = "--context", paramLabel = "WORDS", description = CONTEXT) String context,
              @Parameters(paramLabel = "NAME") String name) throws IOException {
        return add(new EntityRule(Action.BLOCK, kind, name, null, WordContext.of(context)));
    }

    @Command(name = "retype", description = "Move a value to another kind: retype 'Al Qaeda' organization.")
    int retype(@Option(names = "--kind", defaultValue = "person", description = "Its kind now. Default: person") String kind,
               @Option(names = "--context", paramLabel = "WORDS", description = CONTEXT) String context,
               @Parameters(paramLabel = "NAME") String name,
               @Parameters(paramLabel = "NEW_KIND", description = "person, country or organization") String newKind) throws IOException {
        return add(new EntityRule(Action.RETYPE, kind, name, newKind, WordContext.of(context)));
    }

    @Command(name = "not-entity", description = "A mention text that is no entity of this kind: not-entity 'Hill' "
            + "(every article) or not-entity --article ID 'Hill'.")
    int notEntity(@Option(names = "--kind", defaultValue = "person", description = "person, country or organization. Default: person") String kind,
                  @Option(names = "--article", paramLabel = "ID", description = "Only in this article") String article,
                  @Option(names = "--context", paramLabel = "WORDS", description = CONTEXT) String context,
                  @Parameters(paramLabel = "TEXT") String text) throws IOException {
        return add(new EntityRule(Action.NOT_ENTITY, kind, text, article, WordContext.of(context)));
    }

    @Command(name = "list", description = "Print the rules with their numbers.")
    int list(@Option(names = "--automatic", description = "Also the automatic merges (one name per person) the index makes now")
             boolean automatic) throws IOException {
        return withRules((store, client) -> {
            PrintStream out = System.out;
            List<EntityRule> rules = store.read();
            if (rules.isEmpty()) out.println("No entity rules (" + store.where() + ").");
            for (int i = 0; i < rules.size(); i++) out.println((i + 1) + "\t" + rules.get(i).describe());
            if (automatic) {
                EntityRules current;
                Map<String, Integer> articles;
                if (client == null) {
                    current = EntityResolution.read(index);
                    articles = EntityResolution.personArticles(index);
                } else {
                    CorpusPersons persons = new SolrEntityResolution(client, solr.collection(), retry()).persons();
                    current = persons.rules(rules);
                    articles = persons.articles();
                }
                out.println(current.automaticPersons().size() + " automatic person merges:");
                current.automaticPersons().forEach((from, to) -> out.println("auto\tmerge person '" + from + "' ("
                        + articles.getOrDefault(from, 0) + ") into '" + to + "' (" + articles.getOrDefault(to, 0) + ")"));
            }
            return 0;
        });
    }

    @Command(name = "undo", description = "Remove the last rule and apply the rest.")
    int undo() throws IOException {
        return withRules((store, client) -> {
            List<EntityRule> removed = new ArrayList<>();
            List<EntityRule> left = store.update(rules -> {
                if (!rules.isEmpty()) removed.add(rules.removeLast());
                return rules;
            });
            if (removed.isEmpty()) {
                System.out.println("No rule to undo (" + store.where() + ").");
                return 0;
            }
            System.out.println("Removed rule " + (left.size() + 1) + ": " + removed.getFirst().describe());
            return apply(client);
        });
    }

    @Command(name = "apply", description = "Apply the rules to the index now (after a run that found it busy).")
    int apply() throws IOException {
        return withRules((store, client) -> apply(client));
    }

    /** Applies the rules to the embedded index ({@code client} null) or to the collection the client reaches. */
    private int apply(CloudSolrClient client) throws IOException {
        if (client != null) {
            // A collection has no writer's lock: an index run going on meanwhile applies the rules again as it ends.
            EntityResolution.Result result = new SolrEntityResolution(client, solr.collection(), retry()).applyAndCommit();
            tellApplied(result);
            return 0;
        }
        EntityResolution.Result result;
        try {
            result = EntityResolution.applyToIndex(index);
        } catch (org.apache.lucene.store.LockObtainFailedException busy) {
            System.out.println("The index " + index + " is being written by another process right now (an index run, "
                    + "watch or serve --watch). The rules are saved in " + EntityRulesFile.besideIndex(index).path()
                    + ": a running watch or serve --watch applies them within seconds, an index run when it finishes, "
                    + "or run ./dispatch entities apply later.");
            return SAVED_INDEX_BUSY;
        }
        if (result == null) {
            System.out.println("No index in " + index + " yet: the rules apply when it is indexed.");
            return 0;
        }
        if (result.oldIndex()) {
            System.out.println("This index was written before entity corrections existed: rebuild it once "
                    + "(./dispatch index --rebuild) for the rules to reach every article.");
        }
        tellApplied(result);
        return 0;
    }

    private static void tellApplied(EntityResolution.Result result) {
        System.out.printf("Applied %d rules and %d automatic person merges: %d articles rewritten in %d ms.%n",
                result.rules().rules().size(), result.automaticMerges(), result.rewritten().size(), result.millis());
    }

    private int add(EntityRule rule) throws IOException {
        return withRules((store, client) -> {
            List<EntityRule> rules = store.update(r -> {
                r.add(rule);
                return r;
            });
            System.out.println("Rule " + rules.size() + ": " + rule.describe());
            return apply(client);
        });
    }

    /** What a subcommand does with the rules' store and, on a collection, the cluster's client (null: embedded). */
    @FunctionalInterface
    private interface RulesWork {
        int run(EntityRulesStore store, CloudSolrClient client) throws IOException;
    }

    /** The rules beside the index folder, or with the collection {@code --solr} names (its client open meanwhile). */
    private int withRules(RulesWork work) throws IOException {
        if (!solr.given()) return work.run(EntityRulesFile.besideIndex(index), null);
        try (CloudSolrClient client = SolrClients.open(solr.target())) {
            return work.run(new SolrEntityRules(client, solr.collection()), client);
        }
    }

    /** A node restarting costs the command time, not the correction: calls are retried as an index run's are. */
    private static Retry retry() {
        return Retry.standard(System.err::println);
    }
}
