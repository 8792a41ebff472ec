package news.dispatch.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.tartarus.snowball.ext.SerbianStemmer;

/**
 * Which analysis reads an article's title and body, by its language: Lucene's analyzer for the language (stop words and
 * a stemmer; dictionary lemmas for Polish and Ukrainian from morfologik), else {@link #DEFAULT} for every other
 * language (ICU word breaks, which also split scripts written without spaces, and ICU folding of case, accents and
 * width). English, and an article of unknown language, is read by {@link NewsAnalyzer} alone, as before languages
 * were known; the others are read by their chain too, in fields of their own ({@link Schema#titleField}).
 *
 * <p>A chain is named by the language it is for; languages without one of their own (Estonian, Maltese, …) share
 * {@link #DEFAULT}. Croatian (and Bosnian and Serbian, one standard morphology) is read with Snowball's Serbian
 * stemmer, Slovak and Slovene with Lucene's light Czech one, chosen by {@code dispatch eval inflection} (docs/guide.md,
 * "Analysis per language"). Each chain is a field pair, so term statistics stay within a language.
 */
public final class LanguageChains {
    /** The chain of English and of articles whose language is not known: {@link Schema#TITLE} and {@link Schema#BODY}. */
    public static final String ENGLISH = "en";
    /** The chain of Arabic articles, whose names a query reaches through the entity table ({@link ArabicSpellings}). */
    public static final String ARABIC = "ar";
    /** The chain of a language without one of its own. */
    public static final String DEFAULT = "icu";

    private static final Map<String, Supplier<Analyzer>> CHAINS = chains();
    /**
     * Languages with a chain of another language's name: Norwegian Bokmål and Nynorsk read as Norwegian, Bosnian and
     * Serbian as Croatian (the Serbian stemmer reads Cyrillic too).
     */
    private static final Map<String, String> SAME_AS = Map.of("nb", "no", "nn", "no", "zh", "cjk", "ja", "cjk", "ko", "cjk",
            "bs", "hr", "sr", "hr");
    /**
     * Scripts written without vowels, or not alphabetically: their words are not transliterated for the cross-script
     * field (بوتين would read "bwtyn"); they reach Latin names through the entity tables.
     */
    private static final Set<String> NOT_TRANSLITERATED = Set.of("ar", "fa", "he", "ur", "ps", "yi", "zh", "ja", "ko", "th");

    private LanguageChains() {
    }

    /** The chain that reads an article in {@code language} (an ISO 639-1 code, or null when unknown). */
    public static String of(String language) {
        if (language == null || language.equals(ENGLISH)) return ENGLISH;
        String chain = SAME_AS.getOrDefault(language, language);
        return CHAINS.containsKey(chain) ? chain : DEFAULT;
    }

    /** Whether an article in {@code language} gets the cross-script field ({@link Schema#TITLE_LATIN}). */
    public static boolean transliterated(String language) {
        return !of(language).equals(ENGLISH) && !NOT_TRANSLITERATED.contains(language);
    }

    /** Every chain but English's, in a fixed order: the language fields the schema may hold. */
    public static Set<String> others() {
        return CHAINS.keySet();
    }

    /** A new analyzer of the chain (not English's). */
    static Analyzer analyzer(String chain) {
        Supplier<Analyzer> made = CHAINS.get(chain);
        if (made == null) throw new IllegalArgumentException("no analysis chain " + chain);
        return made.get();
    }

    /**
     * Readings a language without a Lucene analyzer of its own may get, by name, for {@code dispatch eval inflection}
     * to compare: {@link #DEFAULT}, {@link #SERBIAN_STEMS} or {@link #CZECH_STEMS}; any chain's name also works.
     */
    public static Analyzer candidate(String name) {
        return switch (name) {
            case SERBIAN_STEMS -> stemmed(SERBIAN_STEMS);
            case CZECH_STEMS -> stemmed(CZECH_STEMS);
            default -> analyzer(name);
        };
    }

    /** Snowball's Serbian stemmer: Serbian, Croatian and Bosnian share their standard morphology. */
    public static final String SERBIAN_STEMS = "serbian-snowball";
    /** Lucene's light Czech stemmer without Czech stop words: for Slovak, whose inflection is close to Czech's. */
    public static final String CZECH_STEMS = "czech-light";

    private static Map<String, Supplier<Analyzer>> chains() {
        Map<String, Supplier<Analyzer>> m = new LinkedHashMap<>();
        m.put("ar", ArabicAnalyzer::new);
        m.put("bg", BulgarianAnalyzer::new);
        m.put("ca", CatalanAnalyzer::new);
        m.put("cjk", CJKAnalyzer::new);
        m.put("cs", CzechAnalyzer::new);
        m.put("da", DanishAnalyzer::new);
        m.put("de", GermanAnalyzer::new);
        m.put("el", GreekAnalyzer::new);
        m.put("es", SpanishAnalyzer::new);
        m.put("fa", PersianAnalyzer::new);
        m.put("fi", FinnishAnalyzer::new);
        m.put("fr", FrenchAnalyzer::new);
        m.put("hi", HindiAnalyzer::new);
        // Snowball's Serbian stemmer (Hrvatskoj, Hrvatske → hrvatsk): no Lucene analyzer for Croatian; measured on
        // self-written paragraphs only, so chosen by the stemmer's design.
        m.put("hr", () -> stemmed(SERBIAN_STEMS));
        m.put("hu", HungarianAnalyzer::new);
        m.put("hy", ArmenianAnalyzer::new);
        m.put("id", IndonesianAnalyzer::new);
        m.put("it", ItalianAnalyzer::new);
        m.put("lt", LithuanianAnalyzer::new);
        m.put("lv", LatvianAnalyzer::new);
        m.put("nl", DutchAnalyzer::new);
        m.put("no", NorwegianAnalyzer::new);
        // Dictionary lemmas (Putina, Putinem → Putin); words the dictionary lacks are kept as written, lower-cased.
        m.put("pl", LanguageChains::polish);
        m.put("pt", PortugueseAnalyzer::new);
        m.put("ro", RomanianAnalyzer::new);
        m.put("ru", RussianAnalyzer::new);
        // Czech's light stemmer: Slovak inflects as Czech does (no dev gold: chosen by design); on Slovene dev articles
        // it found more articles by a name's lemma than the Serbian stemmer (dispatch eval inflection).
        m.put("sk", () -> stemmed(CZECH_STEMS));
        m.put("sl", () -> stemmed(CZECH_STEMS));
        m.put("sv", SwedishAnalyzer::new);
        m.put("th", ThaiAnalyzer::new);
        m.put("tr", TurkishAnalyzer::new);
        m.put("uk", LanguageChains::ukrainian);
        m.put(DEFAULT, LanguageChains::icu);
        return m;
    }

    /**
     * Lucene's Ukrainian analyzer, made by one thread at a time: Lucene loads the 7 MB dictionary all of
     * them share lazily, and does not look again under its lock whether another thread loaded it meanwhile. Two threads
     * making their first one at once (a searcher opening while the alias tables are built on another thread) each
     * read a copy, some 25 MB allocated and 7 MB kept each: enough to push a 32 MB export out of its heap.
     */
    private static synchronized Analyzer ukrainian() {
        return new UkrainianMorfologikAnalyzer();
    }

    /**
     * Morfologik's Polish lemmas, lower-cased: its analyzer keeps a word the dictionary lacks as written, so "Putin"
     * and "putin" would differ.
     */
    private static Analyzer polish() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(new MorfologikFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /**
     * ICU word breaks, lower case, a stemmer, then ICU folding: the stemmer reads the words with their diacritics
     * (Hrvatskoj → hrvatsk, kosti → kost), the folding after it lets a query typed without them match. No stop words,
     * as {@link #DEFAULT}.
     */
    private static Analyzer stemmed(String stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                ICUTokenizer source = new ICUTokenizer();
                TokenStream lower = new LowerCaseFilter(source);
                TokenStream stems = stemmer.equals(SERBIAN_STEMS) ? new SnowballFilter(lower, new SerbianStemmer())
                        : new CzechStemFilter(lower);
                return new TokenStreamComponents(source, new ICUFoldingFilter(stems));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(in);
            }
        };
    }

    /** Standard word breaks for every script, then case, accents and width folded: a sound reading of any language. */
    private static Analyzer icu() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                ICUTokenizer source = new ICUTokenizer();
                return new TokenStreamComponents(source, new ICUFoldingFilter(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(in);
            }
        };
    }
}
