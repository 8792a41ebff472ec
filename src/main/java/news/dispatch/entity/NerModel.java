package news.dispatch.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

/**
 * One of Stanford CoreNLP's English CRFs used lean: one classifier, no pipeline. Text goes through CoreNLP's own
 * tokenizer ({@code classifyToCharacterOffsets}); hand-built tokens lose half the person recall. Thread-safe: the
 * classifier is read-only after loading. Public for evaluation (raw model figures); extraction goes through
 * {@link NewsEntityExtractor}.
 */
public final class NerModel {
    /** The model the product uses, chosen by measurement (README, "Choosing the model"). */
    public static final String STANDARD = "all.3class";
    private static final Map<String, NerModel> LOADED = new ConcurrentHashMap<>();
    private final String name;
    private final CRFClassifier<CoreLabel> classifier;
    /** A second model whose non-person labels are added (a person span it calls a place or body is not a person); null for one model. */
    private final NerModel nonPersons;

    private NerModel(String name, CRFClassifier<CoreLabel> classifier) {
        this(name, classifier, null);
    }

    private NerModel(String name, CRFClassifier<CoreLabel> classifier, NerModel nonPersons) {
        this.name = name;
        this.classifier = classifier;
        this.nonPersons = nonPersons;
    }

    /** Persons from this model, places and bodies from both: two passes over the text. */
    public NerModel withNonPersonsOf(NerModel other) {
        return new NerModel(name + "+" + other.name, classifier, other);
    }

    /** The models jar's resource for a short name such as "conll.4class". */
    public static String resource(String name) {
        return "edu/stanford/nlp/models/ner/english." + name + ".distsim.crf.ser.gz";
    }

    /** The one shared standard model (loading takes a couple of seconds and ~100–200 MB). */
    public static NerModel shared() {
        return named(STANDARD);
    }

    /** A model from the classpath by short name ("conll.4class", "all.3class", "muc.7class"), loaded once. */
    public static NerModel named(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            try {
                return new NerModel(n, CRFClassifier.getClassifier(resource(n)));
            } catch (Exception e) {
                throw new IllegalStateException("cannot load the NER model " + resource(n) + " from the classpath", e);
            }
        });
    }

    /**
     * A model read from a CoreNLP models jar on disk: the evaluation compares models that the shaded jar does not
     * carry (only the chosen one is shaded in).
     */
    public static NerModel fromJar(Path modelsJar, String name) throws IOException {
        try (ZipFile zip = new ZipFile(modelsJar.toFile())) {
            var entry = zip.getEntry(resource(name));
            if (entry == null) throw new IOException(modelsJar + " holds no " + resource(name));
            try (InputStream in = new GZIPInputStream(zip.getInputStream(entry))) {
                return new NerModel(name, CRFClassifier.getClassifier(in));
            } catch (ClassNotFoundException e) {
                throw new IOException("cannot read " + resource(name) + ": " + e, e);
            }
        }
    }

    public String name() {
        return name;
    }

    /**
     * Tagged spans, offsets into {@code text}. Whitespace is normalized for the model character by character
     * (line breaks, tabs, no-break spaces become plain spaces), so a name split across a line break is one name
     * and the offsets map back to the original text unchanged. A blank line is a hard break: each paragraph is
     * tagged on its own, so a title with no full stop does not run into the body's first sentence ("Rishi Sunak
     * Rishi Sunak").
     */
    public List<ModelSpan> tag(String text) {
        List<ModelSpan> spans = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = Paragraphs.end(text, from);
            tagParagraph(text.substring(from, to), from, spans);
            from = Paragraphs.nextStart(text, to);
        }
        if (nonPersons != null) nonPersons.tag(text).stream().filter(s -> !s.isPerson()).forEach(spans::add);
        return spans;
    }

    private void tagParagraph(String paragraph, int offset, List<ModelSpan> spans) {
        if (paragraph.isBlank()) return;
        String normalized = normalizeWhitespace(paragraph);
        for (Triple<String, Integer, Integer> t : classifier.classifyToCharacterOffsets(normalized)) {
            spans.add(new ModelSpan(t.first(), t.second() + offset, t.third() + offset));
        }
    }

    static String normalizeWhitespace(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isWhitespace(chars[i]) || Character.isSpaceChar(chars[i])) chars[i] = ' ';
        }
        return new String(chars);
    }
}
