package news.dispatch.measure.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled article pairs: {@code a <TAB> b <TAB> same|different}, '#' comments. "same" means one article is a copy,
 * an update or a rewrite of the other's text (a story in Dispatch's sense); two independent reports of one event
 * are "different".
 */
public record StoryPairs(List<Pair> pairs) {
    public record Pair(String a, String b, boolean same) {
    }

    /** The labelled set that ships with Dispatch. */
    public static StoryPairs standard() throws IOException {
        try (InputStream in = StoryPairs.class.getResourceAsStream("/news/dispatch/measure/story-pairs.tsv")) {
            if (in == null) throw new IOException("story-pairs.tsv is missing from the build");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public static StoryPairs parse(String tsv) {
        List<Pair> pairs = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.strip().split("\t");
            if (f.length < 3) throw new IllegalArgumentException("not 'a<TAB>b<TAB>same|different': " + line);
            boolean same = switch (f[2]) {
                case "same" -> true;
                case "different" -> false;
                default -> throw new IllegalArgumentException("label must be same or different: " + line);
            };
            pairs.add(new Pair(f[0], f[1], same));
        }
        return new StoryPairs(pairs);
    }
}
