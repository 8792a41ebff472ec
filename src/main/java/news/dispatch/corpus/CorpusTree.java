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
 * out. Symbolic links are followed, but a folder is walked once only, which ends symlink loops.
 */
final class CorpusTree {
    private final Consumer<Path> onFile;
    private final Consumer<Problem> onProblem;
    /** Real path of each folder walked → the path it was first reached by. */
    private final Map<Path, Path> walked = new HashMap<>();

    CorpusTree(Consumer<Path> onFile, Consumer<Problem> onProblem) {
        this.onFile = onFile;
        this.onProblem = onProblem;
    }

    void walk(Path folder) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            onProblem.accept(new Problem(folder, 0, "cannot open folder: " + Corpus.describe(e), true));
            return;
        }
        Path first = walked.putIfAbsent(real, folder);
        if (first != null) {
            onProblem.accept(new Problem(folder, 0, "folder already walked as " + first
                    + " (a symbolic link loop or a second link to it); not walked again", true));
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
            if (Files.isDirectory(entry)) walk(entry);
            else onFile.accept(entry);
        }
    }
}
