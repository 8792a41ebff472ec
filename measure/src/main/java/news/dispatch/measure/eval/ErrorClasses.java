package news.dispatch.measure.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Person-mention errors sorted into classes over a whole dev set, so rules are chosen for the classes that cost
 * most, not for single names: wrong boundaries (a predicted span overlapping a gold one: which side is too long or
 * too short, and by which word), spurious spans (no gold person there: what the annotators called it instead), and
 * missed persons (no prediction there: one word or several, capitals, hyphens).
 */
final class ErrorClasses {
    private final int examplesPerClass;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Map<String, Integer>> examples = new HashMap<>();

    ErrorClasses(int examplesPerClass) {
        this.examplesPerClass = examplesPerClass;
    }

    void add(TaggedDocuments.Document d, Set<PersonMentionEval.TokenSpan> gold, Set<PersonMentionEval.TokenSpan> predicted) {
        List<String> words = d.words().stream().flatMap(List::stream).toList();
        List<String> tags = d.tags().stream().flatMap(List::stream).toList();
        for (PersonMentionEval.TokenSpan p : predicted) {
            if (gold.contains(p)) continue;
            PersonMentionEval.TokenSpan g = overlapping(p, gold);
            if (g != null) {
                List<String> sides = new ArrayList<>();
                if (p.from() < g.from()) sides.add("extra before: " + text(words, p.from(), g.from()));
                if (p.from() > g.from()) sides.add("missing before: " + text(words, g.from(), p.from()));
                if (p.to() > g.to()) sides.add("extra after: " + text(words, g.to(), p.to()));
                if (p.to() < g.to()) sides.add("missing after: " + text(words, p.to(), g.to()));
                String kind = sides.stream().map(s -> s.substring(0, s.indexOf(':'))).reduce((a, b) -> a + " + " + b).orElse("?");
                count("boundary, " + kind, String.join("; ", sides) + "  [" + text(words, p.from(), p.to()) + "]");
            } else {
                count("spurious, gold " + goldLabel(tags, p) + shape(words, p), text(words, p.from(), p.to()));
            }
        }
        for (PersonMentionEval.TokenSpan g : gold) {
            if (predicted.contains(g) || overlapping(g, predicted) != null) continue;
            count("missed" + shape(words, g), text(words, g.from(), g.to()));
        }
    }

    private static PersonMentionEval.TokenSpan overlapping(PersonMentionEval.TokenSpan s, Set<PersonMentionEval.TokenSpan> others) {
        for (PersonMentionEval.TokenSpan o : others) if (o.from() < s.to() && s.from() < o.to()) return o;
        return null;
    }

    /** The annotators' label for the span's first token ("O" for none), without B-/I-. */
    private static String goldLabel(List<String> tags, PersonMentionEval.TokenSpan s) {
        String t = tags.get(s.from());
        return t.length() > 2 && t.charAt(1) == '-' ? t.substring(2) : t;
    }

    private static String shape(List<String> words, PersonMentionEval.TokenSpan s) {
        String t = text(words, s.from(), s.to());
        boolean caps = t.length() > 3 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.equals(t.toLowerCase(Locale.ROOT));
        return (s.to() - s.from() == 1 ? ", one word" : ", several words") + (caps ? ", capitals" : "")
                + (words.subList(s.from(), s.to()).contains("-") ? ", hyphen" : "");
    }

    private static String text(List<String> words, int from, int to) {
        return String.join(" ", words.subList(from, to));
    }

    private void count(String kind, String example) {
        counts.merge(kind, 1, Integer::sum);
        examples.computeIfAbsent(kind, k -> new HashMap<>()).merge(example, 1, Integer::sum);
    }

    void print(PrintWriter out) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> {
            out.printf("  %5d  %s%n", e.getValue(), e.getKey());
            examples.get(e.getKey()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(examplesPerClass).forEach(x -> out.printf("           %3d  %s%n", x.getValue(), x.getKey()));
        });
    }
}
