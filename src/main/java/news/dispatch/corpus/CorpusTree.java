package news.dispatch.corpus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The files under a folder, depth first in name order so that every walk of the same tree reports the
 * same articles in the same order. Hidden files and folders ({@code .git}, {@code .DS_Store}) are left
 * out. Symbolic links inside the corpus folder are followed, but a folder is walked once only, which ends symlink
 * loops. A link leading out of the corpus folder (to /etc/passwd, to a home folder) is reported and not followed unless
 * the user asked for it: a corpus handed over by someone else must not pull other files of this machine into a
 * searchable index.
 */
final class CorpusTree {
    private final Consumer<Path> onFile;
    private final Consumer<Problem> onProblem;
    /** Real path of each folder walked → the path it was first reached by. */
    private final Map<Path, Path> walked = new HashMap<>();
    private final boolean followLinksOut;
    /** The real path of the corpus folder, set by the first {@link #walk}. */
    private Path rootReal;

    CorpusTree(Consumer<Path> onFile, Consumer<Problem> onProblem, boolean followLinksOut) {
        this.onFile = onFile;
        this.onProblem = onProblem;
        this.followLinksOut = followLinksOut;
    }

    void walk(Path folder) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            onProblem.accept(new Problem(folder, 0, "cannot open folder: " + Corpus.describe(e), true));
            return;
        }
        if (rootReal == null) rootReal = real;
        Path first = walked.putIfAbsent(real, folder);
        if (first != null) {
            // Left out on purpose (its files are read under their other name), not unreadable: what the index holds
            // under this name is removed, else a folder linked under a second name would be held twice.
            onProblem.accept(new Problem(folder, 0, "folder already walked as " + first
                    + " (a symbolic link loop or a second link to it); not walked again", true, true));
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) if (!entry.getFileName().toString().startsWith(".")) entries.add(entry);
        } catch (IOException e) {
            onProblem.accept(new Problem(folder, 0, "cannot list folder: " + Corpus.describe(e), true));
            return;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path entry : entries) {
            if (leadsOut(entry)) continue;
            if (Files.isDirectory(entry)) walk(entry);
            else onFile.accept(entry);
        }
    }

    /** True (and reported) for a symbolic link whose target lies outside the corpus folder, unless links are followed. */
    private boolean leadsOut(Path entry) {
        if (followLinksOut || !Files.isSymbolicLink(entry)) return false;
        Path target;
        try {
            target = entry.toRealPath();
        } catch (IOException broken) {
            return false; // a broken link is reported as such when it is read
        }
        if (target.startsWith(rootReal)) return false;
        onProblem.accept(new Problem(entry, 0, "symbolic link to " + target + ", outside the corpus folder; not"
                + " followed (index with --follow-links to follow such links)", true, true));
        return true;
    }
}
