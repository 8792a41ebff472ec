package news.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The house's one-way flow, read from the sources: files → corpus → entity → index → search → web/cli, with feed and
 * export beside the step they serve. A package may name only the packages below it (in imports or in fully qualified
 * names; comments and strings do not count), and the libraries of a layer stay in that layer. Each package's
 * package-info.java says the same in words.
 */
class PackageRulesTest {
    private static final Path SOURCES = Path.of("src/main/java/news/dispatch");

    /** The Dispatch packages each package may name. A package missing here fails the test: give it a rule. */
    private static final Map<String, Set<String>> MAY_NAME = Map.of(
            "corpus", Set.of(),
            "entity", Set.of("corpus"),
            "index", Set.of("corpus", "entity"),
            "feed", Set.of("corpus", "entity", "index"),
            "search", Set.of("corpus", "entity", "index"),
            "export", Set.of("corpus", "entity", "index", "search"),
            "solr", Set.of("corpus", "entity", "index", "search"),
            "web", Set.of("corpus", "entity", "index", "feed", "search", "export", "solr"),
            "cli", Set.of("corpus", "entity", "index", "feed", "search", "export", "solr", "web"));

    /**
     * Inside entity, the step packages each step package may name ("entity" is the package itself: the data types
     * every step shares and the tables' reader). The package itself runs the steps, so it may name them all. A step
     * package missing here fails the test: give it a rule (and say the same in its package-info.java).
     */
    private static final Map<String, Set<String>> ENTITY_STEP_MAY_NAME = Map.of(
            "language", Set.of(),
            "text", Set.of("entity"),
            "model", Set.of("entity", "text"),
            "place", Set.of("entity", "text", "model", "language"),
            "organization", Set.of("entity", "model", "language"),
            "person", Set.of("entity", "text", "model", "language", "place", "organization"),
            "about", Set.of("entity", "text", "organization"),
            "correction", Set.of("entity", "person"));

    /** Libraries that belong to one layer, and the packages allowed to name them. */
    private static final Map<String, Set<String>> LIBRARY_OWNERS = Map.of(
            "org.apache.lucene", Set.of("index", "search", "solr", "export", "feed", "web", "cli"),
            "io.javalin", Set.of("web", "cli"),
            "picocli", Set.of("cli"),
            "org.apache.solr", Set.of("solr", "cli"));

    private static final Pattern DISPATCH_NAME = Pattern.compile("\\bnews\\.dispatch\\.([a-z]+)\\b");
    private static final Pattern ENTITY_NAME = Pattern.compile("\\bnews\\.dispatch\\.entity(?:\\.([a-z]+))?\\.[A-Z]");
    private static final Path ENTITY = SOURCES.resolve("entity");
    private static final Pattern LIBRARY_NAME = Pattern.compile("\\b(org\\.apache\\.lucene|io\\.javalin|picocli|org\\.apache\\.solr)\\b");

    @Test
    void everyPackageSaysWhatItOwnsAndWhatItMustNotImportInItsPackageInfo() {
        List<String> missing = new ArrayList<>();
        for (Path dir : packageFolders()) {
            Path info = dir.resolve("package-info.java");
            if (!Files.isRegularFile(info) || !read(info).contains("import")) missing.add(SOURCES.relativize(dir).toString());
        }
        assertEquals(List.of(), missing, "packages without a package-info.java that states what they may import");
    }

    @Test
    void noPackageNamesAPackageFurtherUpTheFlow() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = topPackage(file);
            Set<String> allowed = MAY_NAME.get(pkg);
            if (allowed == null) {
                violations.add(pkg + " has no rule in PackageRulesTest.MAY_NAME");
                continue;
            }
            Matcher m = DISPATCH_NAME.matcher(code(file));
            while (m.find()) {
                if (!m.group(1).equals(pkg) && !allowed.contains(m.group(1))) {
                    violations.add(SOURCES.relativize(file) + " names news.dispatch." + m.group(1));
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    @Test
    void noEntityStepNamesAStepThatComesAfterIt() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.startsWith(ENTITY) || file.getParent().equals(ENTITY)) continue;
            String step = ENTITY.relativize(file).getName(0).toString();
            Set<String> allowed = ENTITY_STEP_MAY_NAME.get(step);
            if (allowed == null) {
                violations.add("entity." + step + " has no rule in PackageRulesTest.ENTITY_STEP_MAY_NAME");
                continue;
            }
            Matcher m = ENTITY_NAME.matcher(code(file));
            while (m.find()) {
                String named = m.group(1) == null ? "entity" : m.group(1);
                if (!named.equals(step) && !allowed.contains(named)) {
                    violations.add(SOURCES.relativize(file) + " names " + (m.group(1) == null ? "news.dispatch.entity" : "entity." + named));
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    @Test
    void entityKnowsNoLuceneSearchNoHttpAndOnlyTheCommandLineKnowsPicocli() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = topPackage(file);
            Matcher m = LIBRARY_NAME.matcher(code(file));
            while (m.find()) {
                if (!LIBRARY_OWNERS.get(m.group(1)).contains(pkg)) {
                    violations.add(SOURCES.relativize(file) + " uses " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    @Test
    void theProductHoldsNoMeasuringCodeAndNamesNone() {
        assertFalse(Files.exists(SOURCES.resolve("measure")), "news.dispatch.measure belongs in the measure/ module");
        assertFalse(Files.exists(Path.of("src/main/resources/news/dispatch/measure")), "measuring data belongs in measure/");
        Set<String> naming = new TreeSet<>();
        for (Path file : javaFiles()) {
            if (code(file).contains("news.dispatch.measure")) naming.add(SOURCES.relativize(file).toString());
        }
        assertEquals(Set.of(), naming);
        assertTrue(Files.isRegularFile(Path.of("measure/pom.xml")), "the measuring module sits beside the product");
    }

    private static List<Path> packageFolders() {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(Files::isDirectory).filter(d -> !d.equals(SOURCES)).filter(PackageRulesTest::holdsJava).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(f -> f.toString().endsWith(".java")).filter(f -> !f.endsWith("package-info.java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String topPackage(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's code without comments, strings and character literals: a name mentioned in prose is no dependency. */
    static String code(Path file) {
        String s = read(file);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("//", i)) {
                i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i++);
                while (i < s.length() && s.charAt(i) != quote) i += s.charAt(i) == '\\' ? 2 : 1;
                i++;
                out.append(quote).append(quote);
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }
}
