package news.dispatch.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the gazetteer resources beside this class: UTF-8, {@code #} comment lines, TSV with a header row. */
public final class GazetteerFile {
    private GazetteerFile() {
    }

    /** Rows of a TSV resource as column name → value (missing trailing cells are empty strings). */
    public static List<Map<String, String>> tsv(String resource) {
        List<String> lines = lines(resource);
        if (lines.isEmpty()) throw new IllegalStateException("gazetteer " + resource + " has no header row");
        String[] header = lines.getFirst().split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
            rows.add(row);
        }
        return rows;
    }

    /** A one-word-or-phrase-per-line resource. */
    public static Set<String> words(String resource) {
        return new LinkedHashSet<>(lines(resource).stream().map(String::strip).toList());
    }

    /** Splits a {@code |}-separated list cell, dropping empty items. */
    public static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The lines of a resource, without blank lines and # comments. */
    public static List<String> lines(String resource) {
        try (InputStream in = GazetteerFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("gazetteer resource missing from the classpath: " + resource);
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                lines.add(line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
    }
}
