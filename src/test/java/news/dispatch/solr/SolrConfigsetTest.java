package news.dispatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

import news.dispatch.index.CrossScriptAnalyzer;
import news.dispatch.index.LanguageChains;
import news.dispatch.index.Schema;

/**
 * The configset cannot drift from the embedded index: the same fields as {@link Schema}, the same stop words as the
 * analyzer, and synonyms generated from the same alias table. No cluster needed.
 */
class SolrConfigsetTest {
    /** String constants of Schema that are values, not field names. */
    /** Not a field (UNDATED), or Lucene's only (STORY_KEY: a SolrCloud collection collapses on the story itself). */
    private static final Set<String> NOT_FIELDS = Set.of(Schema.UNDATED, Schema.STORY_KEY);

    @Test
    void theSchemaHasExactlyTheFieldsOfSchemaJava() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Field f : Schema.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String name = (String) f.get(null);
                if (!NOT_FIELDS.contains(name)) expected.add(name);
            }
        }
        for (String dim : Schema.entityDims()) {
            expected.add(Schema.aboutDim(dim));
            expected.add(Schema.aboutField(dim));
        }
        Set<String> declared = new TreeSet<>();
        Matcher m = Pattern.compile("<field name=\"([^\"]+)\"").matcher(text("schema.xml"));
        while (m.find()) declared.add(m.group(1));
        declared.remove("_version_");
        assertEquals(expected, declared, "src/main/resources/solr/configset/schema.xml must declare every field of "
                + "news.dispatch.index.Schema (and no other), analyzed the same way");
    }

    @Test
    void theStopWordsAreTheAnalyzers() {
        Set<String> lucene = new TreeSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(o -> lucene.add(new String((char[]) o)));
        Set<String> file = new TreeSet<>(Arrays.stream(text("stopwords.txt").split("\n"))
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        assertEquals(lucene, file);
    }

    @Test
    void theSynonymsComeFromTheGazetteersFolded() {
        String synonyms = Configset.synonyms();
        assertTrue(synonyms.lines().anyMatch(l -> l.contains("kiev") && l.contains("kyiv")), "Kiev/Kyiv is an alias");
        assertTrue(synonyms.lines().noneMatch(l -> !l.startsWith("#") && !l.equals(l.toLowerCase(java.util.Locale.ROOT))),
                "rules are lower-cased as the query analysis is");
        assertTrue(Configset.files().keySet().containsAll(Set.of("schema.xml", "solrconfig.xml", "stopwords.txt",
                "synonyms.txt")));
    }

    @Test
    void everyLanguageChainHasItsFieldsAndTheCrossScriptKeysStripTheSameEndings() {
        String schema = text("schema.xml");
        for (String chain : LanguageChains.others()) {
            assertTrue(schema.contains("<dynamicField name=\"*_" + chain + "\" type=\"text_" + chain + "\""),
                    "schema.xml reads title_" + chain + " and body_" + chain + " with text_" + chain);
        }
        assertTrue(schema.contains("(" + String.join("|", CrossScriptAnalyzer.ENDINGS) + ")$"),
                "text_latin strips CrossScriptAnalyzer.ENDINGS");
    }

    @Test
    void theCrossScriptKeysAreSentAsTheEmbeddedIndexHasThemTrumpBesideTramp() {
        assertTrue(text("schema.xml").contains("<fieldType name=\"text_latin\" class=\"solr.PreAnalyzedField\""),
                "text_latin takes the tokens Dispatch computed");
        Object title = SolrDocuments.unstored("Трамп в Берлине", "", "ru").get(Schema.TITLE_LATIN);
        assertEquals("{\"v\":\"1\",\"tokens\":[{\"t\":\"tramp\",\"s\":0,\"e\":5,\"i\":1},"
                + "{\"t\":\"trump\",\"s\":0,\"e\":5,\"i\":0},{\"t\":\"v\",\"s\":6,\"e\":7,\"i\":1},"
                + "{\"t\":\"berlin\",\"s\":8,\"e\":15,\"i\":1}]}", title);
    }

    private static String text(String name) {
        return new String(Configset.resource(name), StandardCharsets.UTF_8);
    }
}
