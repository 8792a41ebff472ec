package news.dispatch.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.util.ArrayList;
import java.util.List;

/**
 * Stanford CoreNLP's 4-class CRF (PERSON, LOCATION, ORGANIZATION, MISC) used lean: one classifier, no pipeline.
 * Text goes through CoreNLP's own tokenizer ({@code classifyToCharacterOffsets}); hand-built tokens lose half
 * the person recall. Thread-safe: the classifier is read-only after loading. Public for evaluation (raw model
 * figures); extraction goes through {@link NewsEntityExtractor}.
 */
public final class NerModel {
    static final String RESOURCE = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    private final CRFClassifier<CoreLabel> classifier;

    private static final class Holder {
        static final NerModel INSTANCE = new NerModel();
    }

    private NerModel() {
        try {
            classifier = CRFClassifier.getClassifier(RESOURCE);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the NER model " + RESOURCE + " from the classpath", e);
        }
    }

    /** The one shared model (loading takes a couple of seconds and ~100 MB). */
    public static NerModel shared() {
        return Holder.INSTANCE;
    }

    /**
     * Tagged spans, offsets into {@code text}. Whitespace is normalized for the model character by character
     * (line breaks, tabs, no-break spaces become plain spaces), so a name split across a line break is one name
     * and the offsets map back to the original text unchanged.
     */
    public List<ModelSpan> tag(String text) {
        String normalized = normalizeWhitespace(text);
        List<ModelSpan> spans = new ArrayList<>();
        for (Triple<String, Integer, Integer> t : classifier.classifyToCharacterOffsets(normalized)) {
            spans.add(new ModelSpan(t.first(), t.second(), t.third()));
        }
        return spans;
    }

    static String normalizeWhitespace(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isWhitespace(chars[i]) || Character.isSpaceChar(chars[i])) chars[i] = ' ';
        }
        return new String(chars);
    }
}
