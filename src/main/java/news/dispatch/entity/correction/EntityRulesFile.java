package news.dispatch.entity.correction;

import news.dispatch.corpus.FileBesideIndex;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The user's entity corrections, kept beside the index as a plain TSV file ({@code index} →
 * {@code index.entities.tsv}) so a rebuild, which replaces the index folder's contents, keeps them. One rule a line:
 * {@code action TAB kind TAB value [TAB target [TAB context]]}; {@code #} starts a comment. Rules are numbered from 1
 * in file order.
 *
 * <p>Changes are atomic (a temp file forced to disk, then renamed over the old one) and serialized between
 * processes by a lock file, so two commands at once lose no rule.
 */
public final class EntityRulesFile implements EntityRulesStore {
    static final String HEADER = """
            # Dispatch entity corrections: one rule a line, tab-separated, applied in this order (a later rule for the
            # same value wins). Edit with ./dispatch entities merge|rename|block|retype|not-entity|undo.
            # action\tkind\tvalue\ttarget\tcontext (words around a mention, A|B: the rule applies to those mentions only)
            """;

    private final Path file;

    public EntityRulesFile(Path file) {
        this.file = file;
    }

    /** The rules file of an index folder: {@code index} → {@code index.entities.tsv}, beside it. */
    public static EntityRulesFile besideIndex(Path index) {
        return new EntityRulesFile(FileBesideIndex.of(index, "entities.tsv"));
    }

    public Path path() {
        return file;
    }

    @Override
    public String where() {
        return file.toString();
    }

    /** The rules in file order; none when there is no file. A bad line is an error naming its line. */
    @Override
    public List<EntityRule> read() throws IOException {
        if (!Files.exists(file)) return List.of();
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * The rules of a rules file's text, in order; a bad line is an error naming {@code where} and the line. The one
     * reading of the format, wherever the text is kept (beside the index, or with a SolrCloud collection).
     */
    public static List<EntityRule> parse(String text, String where) {
        List<EntityRule> rules = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            try {
                if (cols.length < 3) throw new IllegalArgumentException("expected action, kind and value separated by tabs");
                String target = cols.length > 3 && !cols[3].isBlank() ? cols[3] : null;
                rules.add(new EntityRule(EntityRule.Action.of(cols[0].strip()), cols[1], cols[2], target,
                        WordContext.of(cols.length > 4 ? cols[4] : null)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    /** Reads the rules, lets {@code change} return the new list, and writes it atomically, all under the lock. */
    @Override
    public List<EntityRule> update(UnaryOperator<List<EntityRule>> change) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            List<EntityRule> rules = change.apply(new ArrayList<>(read()));
            write(rules);
            return rules;
        }
    }

    private void write(List<EntityRule> rules) throws IOException {
        FileBesideIndex.replace(file, format(rules).getBytes(StandardCharsets.UTF_8));
    }

    /** The text of a rules file holding {@code rules}: what {@link #parse} reads back. */
    public static String format(List<EntityRule> rules) {
        StringBuilder text = new StringBuilder(HEADER);
        for (EntityRule r : rules) {
            text.append(r.action().word()).append('\t').append(r.kind()).append('\t').append(r.value());
            if (r.target() != null || r.context() != null) text.append('\t').append(r.target() == null ? "" : r.target());
            if (r.context() != null) text.append('\t').append(r.context());
            text.append('\n');
        }
        return text.toString();
    }
}
