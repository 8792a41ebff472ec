package news.dispatch.entity.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The person names of a corpus read article by article (the SolrCloud path): which variants join whom. */
class CorpusPersonsTest {

    private static CorpusPersons corpus(List<List<String>> articles) {
        CorpusPersons persons = new CorpusPersons();
        articles.forEach(names -> persons.add(names, "en"));
        return persons;
    }

    private static List<List<String>> times(int n, List<String> names) {
        return java.util.Collections.nCopies(n, names);
    }

    @Test
    void aRealGivenNameOneSlipOffNeverBesideThePersonJoinsIt() {
        List<List<String>> articles = new java.util.ArrayList<>(times(10, List.of("Kelli Ward")));
        articles.add(List.of("Kelly Ward"));
        articles.addAll(times(2, List.of("Kelly Ayotte")));
        assertEquals("Kelli Ward", corpus(articles).rules(List.of()).automaticPersons().get("Kelly Ward"));
    }

    @Test
    void aRealGivenNameOneSlipOffBesideThePersonStaysApart() {
        List<List<String>> articles = new java.util.ArrayList<>(times(10, List.of("Ivanka Trump")));
        articles.add(List.of("Ivana Trump", "Ivanka Trump"));
        articles.addAll(times(2, List.of("Ivana Smith")));
        assertFalse(corpus(articles).rules(List.of()).automaticPersons().containsKey("Ivana Trump"));
    }

    @Test
    void aFormalNameBesideTheUsualOneInFewOfItsArticlesIsOnePerson() {
        List<List<String>> articles = new java.util.ArrayList<>(times(20, List.of("Robert Mueller")));
        articles.add(List.of("Robert Mueller III", "Robert Mueller"));
        articles.addAll(times(3, List.of("Robert Mueller III")));
        assertEquals("Robert Mueller", corpus(articles).rules(List.of()).automaticPersons().get("Robert Mueller III"));
    }

    @Test
    void aLoneGivenNameBesideItsRelativeInASlavicArticleJoinsTheFamilyMember() {
        CorpusPersons persons = new CorpusPersons();
        for (int i = 0; i < 3; i++) persons.add(List.of("Sergei Skripal", "Yulia"), "ru");
        persons.add(List.of("Yulia Skripal"), "ru");
        assertEquals("Yulia Skripal", persons.rules(List.of()).automaticPersons().get("Yulia"));
    }
}
