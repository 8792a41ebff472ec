package news.dispatch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of an article as an ISO 639-1 code ("en", "ru"): the one its input gives (a JSON {@code lang} or
 * {@code language}, an HTML {@code lang}, a feed's language), normalised ("en-US", "EN", "eng" → "en"), else the
 * one Apache OpenNLP's language detector reads from its text.
 *
 * <p>Why OpenNLP: of the detectors the registry serves, measured on 8,177 dev articles of known language (BSNLP bg,
 * cs, pl, ru, sl, uk; 1,000 SaudiNewsNet ar; worldwide newswire, 1,000 AllSides and 1,000 Reuters en), title and
 * body, it was the most accurate (0.9994; lingua 1.2.2 0.9976, optimaize 0.6 0.9968, which reads English as German
 * or Swedish), at 3.4 ms an article (lingua 9.7 ms, optimaize 0.6 ms) with a 10.6 MB model (lingua: 80 MB and 22 s
 * to load). On titles alone lingua is better (0.96 against 0.91): hence no guess below {@link #MIN_DETECTED_CHARS}.
 * {@code ./dispatch eval language} measures the chosen detector.
 *
 * <p>Text shorter than {@link #MIN_DETECTED_CHARS} is not guessed at: a line or two says too little, and an article
 * without a language is read as English, as every article was before languages were known. Nor is a guess below
 * {@link #MIN_CONFIDENCE}: over the dev sets (every BSNLP story, SaudiNewsNet, worldwide newswire, the first 3,000
 * Reuters articles; 11,321 articles of 100 characters or more) every wrong guess (24, all Reuters earnings tables
 * read as Swedish, French, Occitan or Low German) had a confidence of at most 0.035, and every right guess under
 * 0.05 (135) was English: those articles stay without a language, read as English.
 */
public final class ArticleLanguage {
    /** Below this many characters of title and body, no language is detected. */
    public static final int MIN_DETECTED_CHARS = 100;
    /** A guess less sure than this is no language (the detector's probability of its best language). */
    static final double MIN_CONFIDENCE = 0.05;
    /** The detector reads the start of an article: a few thousand characters decide as well as the whole. */
    static final int DETECTED_CHARS = 3000;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
    private static final String MODEL = "/langdetect-183.bin";
    /** The model is immutable and shared; the detector keeps scratch state, so one per thread. */
    private static final ThreadLocal<LanguageDetectorME> DETECTOR = ThreadLocal.withInitial(
            () -> new LanguageDetectorME(Model.INSTANCE));

    private ArticleLanguage() {
    }

    /** Loaded on first use only: reading files that name their language never pays for the model. */
    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = ArticleLanguage.class.getResourceAsStream(MODEL)) {
                if (in == null) throw new IllegalStateException("the language model " + MODEL + " is not on the class path");
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language model " + MODEL, e);
            }
        }
    }

    /** The given language normalised, else the detected one, else null. */
    public static String of(String given, String title, String body) {
        String normalised = normalise(given);
        return normalised != null ? normalised : detect(title, body);
    }

    /**
     * A language tag or code as an ISO 639-1 code: "en-GB", "en_US", "EN" → "en"; ISO 639-2/3 codes with a two-letter
     * equivalent ("rus", "ukr") → theirs; anything else lower-cased as given; blank → null.
     */
    public static String normalise(String tag) {
        if (tag == null || tag.isBlank()) return null;
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        if (primary.isEmpty()) return null;
        return primary.length() == 3 ? ISO3_TO_ISO1.getOrDefault(primary, primary) : primary;
    }

    /** The detected language of the text, or null when it is too short or the detector too unsure to tell. */
    public static String detect(String title, String body) {
        String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
        if (text.strip().length() < MIN_DETECTED_CHARS) return null;
        String start = text.length() > DETECTED_CHARS ? text.substring(0, DETECTED_CHARS) : text;
        opennlp.tools.langdetect.Language best = DETECTOR.get().predictLanguage(start);
        return best.getConfidence() < MIN_CONFIDENCE ? null : normalise(best.getLang());
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            try {
                map.put(Locale.of(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException none) {
                // A code without a three-letter form cannot be asked for by one.
            }
        }
        // Codes the detector uses that are not the ISO 639-2 form Java knows: Persian, Chinese, Arabic macro-language
        // members, Norwegian Bokmål, bibliographic forms.
        map.putAll(Map.of("pes", "fa", "cmn", "zh", "zho", "zh", "arb", "ar", "nob", "nb", "nno", "nn",
                "ces", "cs", "slk", "sk", "ukr", "uk", "fas", "fa"));
        map.putAll(Map.of("deu", "de", "fra", "fr", "nld", "nl", "ron", "ro", "ell", "el", "srp", "sr", "hrv", "hr"));
        return Map.copyOf(map);
    }
}
