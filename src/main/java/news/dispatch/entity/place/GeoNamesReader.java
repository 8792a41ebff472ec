package news.dispatch.entity.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a GeoNames cities dump (cities15000.txt format: tab-separated, name in column 2, ASCII name in 3,
 * comma-separated alternate names in 4, country code in 9, population in 15). A name shared by several cities
 * goes to the most populous one (Paris, France over Paris, Texas).
 */
public final class GeoNamesReader {
    private GeoNamesReader() {
    }

    public static Map<String, Place> read(Path file) throws IOException {
        Map<String, Place> places = new HashMap<>();
        Map<String, Long> populations = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                String[] c = line.split("\t", -1);
                if (c.length < 15 || c[8].length() != 2) {
                    throw new IOException(file + ":" + lineNo + ": not a GeoNames line (expected at least 15 tab-separated columns with a country code in column 9)");
                }
                long population = parsePopulation(c[14]);
                Place place = new Place(c[1], c[8], "city");
                for (String name : names(c)) {
                    if (name.length() < 3 || !Character.isUpperCase(name.codePointAt(0))) continue;
                    if (populations.getOrDefault(name, -1L) >= population) continue;
                    places.put(name, place);
                    populations.put(name, population);
                }
            }
        }
        return places;
    }

    private static String[] names(String[] columns) {
        String alternates = columns[3].isEmpty() ? "" : "," + columns[3];
        return (columns[1] + "," + columns[2] + alternates).split(",");
    }

    private static long parsePopulation(String cell) {
        try {
            return cell.isEmpty() ? 0 : Long.parseLong(cell);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
