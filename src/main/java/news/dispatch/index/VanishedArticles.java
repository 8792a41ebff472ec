package news.dispatch.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which indexed articles a walk of corpus folders shows to be gone: those of files inside the walked folders that the
 * walk did not see. Articles of a file that had a problem this time are kept (an unreadable file is not a deleted
 * one), and so are articles of other folders. {@code dispatch index} and {@code watch --folder} decide it alike.
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
            if (file == null || filesWithProblems.contains(file) || roots.stream().noneMatch(file::startsWith)) continue;
            gone.add(e.getKey());
        }
        return gone;
    }
}
