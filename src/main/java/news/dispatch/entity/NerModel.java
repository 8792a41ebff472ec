package news.dispatch.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** Closed-class words that open a sentence without naming anyone (the resource says how it was measured). */
    private static final Set<String> OPENERS = Set.copyOf(GazetteerFile.words("sentence-openers.txt"));
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
        return tag(text, null, false);
    }

    /**
     * The same spans as {@link #tag(String)}, with less work: a sentence whose letters are all lower case, but for
     * an opening word such as "The" or "But" ({@code sentence-openers.txt}), is not classified (the model names
     * nothing there: measured on both dev sets and held-out news, see the resource),
     * and a sentence the memo has seen takes its labels from there. The text is still tokenized and split as the
     * model does it, so sentence boundaries and offsets are the model's own. {@code memo} may be null (no memo).
     */
    public List<ModelSpan> tagSparingly(String text, SentenceMemo memo) {
        return tag(text, memo, true);
    }

    private List<ModelSpan> tag(String text, SentenceMemo memo, boolean sparingly) {
        List<ModelSpan> spans = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = Paragraphs.end(text, from);
            String paragraph = text.substring(from, to);
            if (!paragraph.isBlank()) {
                if (sparingly) tagSentences(normalizeWhitespace(paragraph), from, memo, spans);
                else tagParagraph(normalizeWhitespace(paragraph), from, spans);
            }
            from = Paragraphs.nextStart(text, to);
        }
        if (nonPersons != null) {
            // The memo holds this model's labels only: the other model reads without one.
            List<ModelSpan> others = sparingly ? nonPersons.tagSparingly(text, null) : nonPersons.tag(text);
            others.stream().filter(s -> !s.isPerson()).forEach(spans::add);
        }
        return spans;
    }

    private void tagParagraph(String normalized, int offset, List<ModelSpan> spans) {
        for (Triple<String, Integer, Integer> t : classifier.classifyToCharacterOffsets(normalized)) {
            spans.add(new ModelSpan(t.first(), t.second() + offset, t.third() + offset));
        }
    }

    /**
     * As {@code classifyToCharacterOffsets} does it (same reader, same sentences, a run of tokens with one label is
     * one span), classifying only the sentences that need it.
     */
    private void tagSentences(String normalized, int offset, SentenceMemo memo, List<ModelSpan> spans) {
        String background = classifier.flags.backgroundSymbol;
        for (List<CoreLabel> sentence : classifier.makeObjectBankFromString(normalized, classifier.plainTextReaderAndWriter())) {
            if (sentence.isEmpty()) continue;
            int sentenceStart = sentence.get(0).beginPosition();
            int sentenceEnd = sentence.get(sentence.size() - 1).endPosition();
            if (namesNoOne(normalized, sentence)) continue;
            String key = memo == null ? null : key(sentence);
            String[] labels = key == null ? null : memo.get(key);
            if (labels == null) {
                classifier.classify(sentence);
                labels = new String[sentence.size()];
                for (int i = 0; i < labels.length; i++) labels[i] = sentence.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                if (key != null) memo.put(key, labels);
            }
            addSpans(sentence, labels, background, offset, spans);
        }
    }

    private static void addSpans(List<CoreLabel> sentence, String[] labels, String background, int offset, List<ModelSpan> spans) {
        String open = background;
        int start = -1;
        int end = -1;
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (!label.equals(open)) {
                if (!open.equals(background)) spans.add(new ModelSpan(open, start + offset, end + offset));
                start = sentence.get(i).beginPosition();
            }
            end = sentence.get(i).endPosition();
            open = label;
        }
        if (!open.equals(background)) spans.add(new ModelSpan(open, start + offset, end + offset));
    }

    /** The words the model reads (after its tokenizer's normalization), one separator apart: the memo's key. */
    private static String key(List<CoreLabel> sentence) {
        StringBuilder key = new StringBuilder();
        for (CoreLabel token : sentence) key.append(token.word()).append('\u0000');
        return key.toString();
    }

    private static boolean namesNoOne(String normalized, List<CoreLabel> sentence) {
        CoreLabel first = sentence.get(0);
        if (!allLowerCase(normalized, first.endPosition(), sentence.get(sentence.size() - 1).endPosition())) return false;
        return allLowerCase(normalized, first.beginPosition(), first.endPosition())
                || OPENERS.contains(normalized.substring(first.beginPosition(), first.endPosition()).toLowerCase(Locale.ROOT));
    }

    /** True when every letter is lower case: an upper-case, title-case or caseless (Arabic, Chinese…) letter is not. */
    static boolean allLowerCase(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c) && !Character.isLowerCase(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    static String normalizeWhitespace(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isWhitespace(chars[i]) || Character.isSpaceChar(chars[i])) chars[i] = ' ';
        }
        return new String(chars);
    }
}
