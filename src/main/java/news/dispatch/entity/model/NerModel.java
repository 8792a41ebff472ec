package news.dispatch.entity.model;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.DocumentReaderAndWriter;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.WordFunctionMemo;
import news.dispatch.entity.text.Paragraphs;

/**
 * One of Stanford CoreNLP's English CRFs used lean: one classifier, no pipeline. Text goes through CoreNLP's own
 * tokenizer ({@code classifyToCharacterOffsets}); hand-built tokens lose half the person recall. Thread-safe: the
 * classifier is read-only after loading. Public for evaluation (raw model figures); extraction goes through
 * {@link news.dispatch.entity.NewsEntityExtractor}.
 */
public final class NerModel {
    /** The model the product uses, chosen by measurement (README, "Choosing the model"). */
    public static final String STANDARD = "all.3class";
    private static final Map<String, NerModel> LOADED = new ConcurrentHashMap<>();
    /** Closed-class words that open a sentence without naming anyone (the resource says how it was measured). */
    private static final Set<String> OPENERS = Set.copyOf(GazetteerFile.words("sentence-openers.txt"));
    /** Tokens of context given to the CRF on each side of a possible name ({@link #classifyWindows}). */
    static final int CONTEXT = 5;
    private final String name;
    private final CRFClassifier<CoreLabel> classifier;
    /**
     * The classifier's plain-text reader, fetched once: CoreNLP hands it out from a {@code synchronized} getter, which
     * every paragraph of every thread would otherwise pass through.
     */
    private final DocumentReaderAndWriter<CoreLabel> plainText;
    /** CoreNLP's per-word preparation of a sentence before classification, as its object bank does it ({@link #tagSentences}). */
    private final ObjectBankWrapper<CoreLabel> wordPreparation;
    /** A second model whose non-person labels are added (a person span it calls a place or body is not a person); null for one model. */
    private final NerModel nonPersons;

    private NerModel(String name, CRFClassifier<CoreLabel> classifier) {
        this(name, classifier, null);
    }

    private NerModel(String name, CRFClassifier<CoreLabel> classifier, NerModel nonPersons) {
        this.name = name;
        this.classifier = classifier;
        this.plainText = classifier.plainTextReaderAndWriter();
        // The object bank of an empty text: its preparation uses the classifier's flags and known words, not its text.
        this.wordPreparation = (ObjectBankWrapper<CoreLabel>) classifier.makeObjectBankFromString("", plainText);
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
                return new NerModel(n, lean(CRFClassifier.getClassifier(resource(n))));
            } catch (Exception e) {
                throw new IllegalStateException("cannot load the NER model " + resource(n) + " from the classpath", e);
            }
        });
    }

    /**
     * The model as CoreNLP ships it, loaded afresh and not shared, without {@link #lean} settings: the baseline the
     * speed evaluation compares the extractor with. Labels are the same as {@link #named}'s.
     */
    public static NerModel stock(String name) {
        try {
            return new NerModel(name + " (stock)", CRFClassifier.getClassifier(resource(name)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the NER model " + resource(name) + " from the classpath", e);
        }
    }

    /**
     * The classifier with its word function's answers kept ({@link WordFunctionMemo}): same labels, less work per
     * token. Done before the classifier is shared, so no thread sees the flags change.
     */
    private static CRFClassifier<CoreLabel> lean(CRFClassifier<CoreLabel> classifier) {
        if (classifier.flags.wordFunction != null) classifier.flags.wordFunction = new WordFunctionMemo(classifier.flags.wordFunction);
        return classifier;
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
                return new NerModel(name, lean(CRFClassifier.getClassifier(in)));
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
     * The spans of {@link #tag(String)}, with less work: a sentence whose letters are all lower case, but for
     * an opening word such as "The" or "But" ({@code sentence-openers.txt}), is not classified (the model names
     * nothing there: measured on both dev sets and held-out news, see the resource),
     * a sentence the memo has seen takes its labels from there, and the rest are classified only in windows around
     * their possible names ({@link #classifyWindows}: of 11,026 held-out news sentences, 12 differ in a label).
     * The text is still tokenized and split as the model does it, so sentence boundaries and offsets are the model's
     * own. {@code memo} may be null (no memo).
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
     * one span), classifying only the sentences that need it. The per-word preparation CoreNLP's object bank does for
     * every sentence (word shapes, the word function; ~5 % of extraction) is done only for the sentences classified:
     * a sentence that names no one is skipped on its offsets alone, one from the memo is looked up by its words as
     * read. Same labels: the preparation's only shared effect, adding lower-case words to the known set, is off
     * ({@code maxAdditionalKnownLCWords=0}, see {@link SentenceMemo}), and where it would split long sentences
     * ({@code maxDocSize}) or change words ({@code normalizeTerms}, {@code normalizeTimex}) the object bank does it all.
     */
    private void tagSentences(String normalized, int offset, SentenceMemo memo, List<ModelSpan> spans) {
        String background = classifier.flags.backgroundSymbol;
        boolean prepareHere = preparationKeepsSentencesAndWords();
        Iterable<List<CoreLabel>> sentences = prepareHere ? () -> plainText.getIterator(new StringReader(normalized))
                : classifier.makeObjectBankFromString(normalized, plainText);
        for (List<CoreLabel> sentence : sentences) {
            if (sentence.isEmpty()) continue;
            if (namesNoOne(normalized, sentence)) continue;
            String key = memo == null ? null : key(sentence);
            String[] labels = key == null ? null : memo.get(key);
            if (labels == null) {
                if (prepareHere) wordPreparation.processDocument(sentence);
                labels = classifyWindows(normalized, sentence, background);
                if (key != null) memo.put(key, labels);
            }
            addSpans(sentence, labels, background, offset, spans);
        }
    }

    /** True when CoreNLP's preparation of a sentence neither splits it nor changes its words: the standard models. */
    private boolean preparationKeepsSentencesAndWords() {
        return classifier.flags.maxDocSize <= 0 && !classifier.flags.normalizeTerms && !classifier.flags.normalizeTimex;
    }

    /**
     * Classifies the sentence only in windows around the words that could be part of a name (a letter that is not
     * lower case, but for a title-case function word such as "The" or "He"), each with {@link #CONTEXT} tokens on
     * either side; the rest is labelled background. News is mostly lower-case words, so over a third of the tokens
     * go unread. Why 5: the model's features reach 5 words either way ({@code disjunctionWidth=5}). Persons F1 by
     * context (CoNLL-2003 dev / worldwide-newswire dev; whole sentences 0.9414 / 0.8769): 6 the same, 5 0.9414 /
     * 0.8766, 4 and 3 down to 0.9394 / 0.8687 (docs/entities.md, "Extraction speed").
     */
    private String[] classifyWindows(String normalized, List<CoreLabel> sentence, String background) {
        String[] labels = new String[sentence.size()];
        java.util.Arrays.fill(labels, background);
        boolean[] candidates = new boolean[sentence.size()];
        for (int i = 0; i < candidates.length; i++) candidates[i] = mayBeName(normalized, sentence.get(i));
        for (int[] window : windows(candidates, CONTEXT)) {
            classifier.classify(sentence.subList(window[0], window[1]));
            for (int i = window[0]; i < window[1]; i++) labels[i] = sentence.get(i).get(CoreAnnotations.AnswerAnnotation.class);
        }
        return labels;
    }

    /**
     * Token ranges [from, to) covering every candidate with {@code context} tokens either side, in order; ranges that
     * overlap or touch are one (a name is never cut at a window's edge when its words are candidates).
     */
    static List<int[]> windows(boolean[] candidates, int context) {
        List<int[]> windows = new ArrayList<>();
        int[] open = null;
        for (int i = 0; i < candidates.length; i++) {
            if (!candidates[i]) continue;
            int from = Math.max(0, i - context);
            int to = Math.min(candidates.length, i + context + 1);
            if (open != null && from <= open[1]) open[1] = to;
            else windows.add(open = new int[] {from, to});
        }
        return windows;
    }

    /** A token that could be (part of) a name: any letter not lower case, unless it is a title-case function word. */
    private static boolean mayBeName(String normalized, CoreLabel token) {
        int from = token.beginPosition();
        int to = token.endPosition();
        if (allLowerCase(normalized, from, to)) return false;
        if (!allLowerCase(normalized, from + Character.charCount(normalized.codePointAt(from)), to)) return true; // "US", "WHO"
        return !OPENERS.contains(normalized.substring(from, to).toLowerCase(Locale.ROOT));
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
