package news.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The README stays a front door a newcomer reads in minutes, and every page it leads to is reachable and whole. */
class DocsTest {
    private static final Path README = Path.of("README.md");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)|src=\"([^\"]+)\"");
    private static final Pattern CODE_BLOCK = Pattern.compile("(?s)```.*?```");

    @Test
    void theReadmeStaysUnderFifteenThousandBytes() throws IOException {
        long size = Files.size(README);
        assertTrue(size <= 15_000, "README.md is " + size + " bytes; move detail into docs/");
    }

    @Test
    void everyPageOfDocsIsReachableFromTheReadme() {
        Set<Path> reached = new HashSet<>();
        List<Path> todo = new ArrayList<>(List.of(README));
        while (!todo.isEmpty()) {
            Path page = todo.removeLast();
            if (!reached.add(page.normalize())) continue;
            for (String target : links(page)) {
                Path file = page.resolveSibling(target.split("#", 2)[0]).normalize();
                if (file.toString().endsWith(".md") && Files.isRegularFile(file)) todo.add(file);
            }
        }
        Set<String> unreached = new TreeSet<>();
        for (Path page : pages()) if (!reached.contains(page.normalize())) unreached.add(page.toString());
        assertEquals(Set.of(), unreached);
    }

    @Test
    void everyLinkBetweenThePagesLeadsToAFileAndAHeadingThatExist() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (String target : links(page)) {
                String[] parts = target.split("#", 2);
                Path file = parts[0].isEmpty() ? page : page.resolveSibling(parts[0]).normalize();
                if (!Files.exists(file)) {
                    broken.add(page + " → " + target + " (no such file)");
                } else if (parts.length == 2 && file.toString().endsWith(".md") && !headings(file).contains(parts[1])) {
                    broken.add(page + " → " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>(List.of(README, Path.of("BENCHMARKS.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** The relative links of a page, outside code blocks. */
    private static List<String> links(Path page) {
        List<String> targets = new ArrayList<>();
        Matcher m = LINK.matcher(CODE_BLOCK.matcher(read(page)).replaceAll(""));
        while (m.find()) {
            String target = m.group(1) != null ? m.group(1) : m.group(2);
            if (!target.matches("^[a-z]+:.*")) targets.add(target);
        }
        return targets;
    }

    /** The anchors of a page's headings, as GitHub makes them. */
    private static Set<String> headings(Path page) {
        Set<String> anchors = new HashSet<>();
        boolean code = false;
        for (String line : read(page).split("\n")) {
            if (line.startsWith("```")) code = !code;
            if (!code && line.matches("^#+ .*")) {
                String text = line.replaceFirst("^#+ ", "").strip().toLowerCase(Locale.ROOT);
                anchors.add(text.replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
