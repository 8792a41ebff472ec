package news.dispatch.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which indexed articles a walk of corpus folders shows to be gone: those of files inside the walked folders that the
 * walk did not see. Articles of a file that had a problem this time are kept (an unreadable file is not a deleted
 * one), and so are those of every file inside a folder that had one (a folder that cannot be listed, a linked folder
 * whose target is away: a share not mounted is not a deleted folder, and removing its articles would cost a
 * re-extraction of all of them once it is back), and articles of other folders. {@code dispatch index} and
 * {@code watch --folder} decide it alike.
 */
final class VanishedArticles {
    private VanishedArticles() {
    }

    static List<String> of(Map<String, Path> indexedFiles, Set<String> seen, Set<Path> filesWithProblems,
                           List<Path> roots) {
        List<String> gone = new ArrayList<>();
        for (var e : indexedFiles.entrySet()) {
            if (seen.contains(e.getKey())) continue;
            Path file = e.getValue();
            if (file == null || underProblem(file, filesWithProblems) || roots.stream().noneMatch(file::startsWith)) continue;
            gone.add(e.getKey());
        }
        return gone;
    }

    /** The file, or a folder it lies in, had a problem: a look up per level, not a scan of the problems per article. */
    private static boolean underProblem(Path file, Set<Path> filesWithProblems) {
        if (filesWithProblems.isEmpty()) return false;
        for (Path p = file; p != null; p = p.getParent()) {
            if (filesWithProblems.contains(p)) return true;
        }
        return false;
    }
}
