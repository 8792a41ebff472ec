package news.dispatch.measure.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.index.FieldMention;
import news.dispatch.index.Schema;
import news.dispatch.index.StoredEntities;
import news.dispatch.index.StoredEntity;
import news.dispatch.measure.eval.StoredArticles.StoredArticle;

/** The top-entities check reads where a country's and an outlet's articles come from; inline articles, no index. */
class TopEntitiesTest {
    private static StoredEntity country(String body, String surface, String name, String code, String reason) {
        int at = body.indexOf(surface);
        return new StoredEntity(name, code, List.of(new FieldMention(Schema.BODY, at, at + surface.length(), surface, reason)), true);
    }

    private static String report(StoredArticle... articles) {
        TopEntities top = new TopEntities();
        for (StoredArticle a : articles) top.add(a);
        StringWriter out = new StringWriter();
        top.print(10, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void aCountryNamedOnlyInsideANewspapersNameIsFlagged() {
        String body = "A reporter of the Washington Examiner asked about the vote.";
        StoredArticle a = new StoredArticle("Vote", body, "Examiner", null, new StoredEntities(List.of(),
                List.of(country(body, "Washington", "United States", "US", "metonym Washington")), List.of()));
        String report = report(a);
        assertTrue(report.contains("United States                <- MOSTLY in names 1 (1 about)"), report);
        assertTrue(report.contains("Washington Examiner 1"), report);
    }

    @Test
    void aCountrysOwnArmyIsNoFlag() {
        String body = "The U.S. Army said the drill would go ahead.";
        StoredArticle a = new StoredArticle("Drill", body, "Reuters", null, new StoredEntities(List.of(),
                List.of(country(body, "U.S.", "United States", "US", "alias U.S.")), List.of()));
        assertTrue(report(a).contains("0 of the top 1 countries have half"), report(a));
    }

    @Test
    void anOutletAboutItsOwnPagesIsCounted() {
        String body = "Fox News has learned that the talks failed.";
        StoredEntity fox = new StoredEntity("Fox News", null, List.of(new FieldMention(Schema.BODY, 0, 8, "Fox News", "organization")), true);
        StoredArticle a = new StoredArticle("Talks", body, "Fox Online News", "https://www.foxnews.com/politics/x", new StoredEntities(
                List.of(), List.of(), List.of(fox)));
        String report = report(a);
        assertTrue(report.contains("Fox News") && report.contains("own pages 1 of 1"), report);
        assertTrue(report.contains("outlets among the top 10: 1"), report);
    }
}
