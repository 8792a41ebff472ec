package news.dispatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A feed address shown to clients keeps where it points and loses what would let anyone else in. */
class CredentialsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://user:hunter2@feeds.example/rss                     | https://redacted@feeds.example/rss
            https://hunter2@feeds.example/rss                          | https://redacted@feeds.example/rss
            http://u%40x:p%3Aw@feeds.example:8080/a?x=1                | http://redacted@feeds.example:8080/a?x=1
            https://feeds.example/rss?apikey=hunter2                   | https://feeds.example/rss?apikey=redacted
            https://feeds.example/rss?lang=en&api_key=hunter2&page=2   | https://feeds.example/rss?lang=en&api_key=redacted&page=2
            https://feeds.example/rss?API-KEY=hunter2                  | https://feeds.example/rss?API-KEY=redacted
            https://feeds.example/rss?key=hunter2                      | https://feeds.example/rss?key=redacted
            https://feeds.example/rss?token=hunter2#top                | https://feeds.example/rss?token=redacted#top
            https://feeds.example/rss?access_token=hunter2             | https://feeds.example/rss?access_token=redacted
            https://feeds.example/rss?secret=hunter2;q=news            | https://feeds.example/rss?secret=redacted;q=news
            https://feeds.example/rss?password=hunter2                 | https://feeds.example/rss?password=redacted
            https://feeds.example/rss?passwd=hunter2                   | https://feeds.example/rss?passwd=redacted
            https://feeds.example/rss?sig=hunter2&se=2026              | https://feeds.example/rss?sig=redacted&se=2026
            https://feeds.example/rss?X-Amz-Signature=hunter2          | https://feeds.example/rss?X-Amz-Signature=redacted
            https://feeds.example/rss?X-Amz-Credential=hunter2         | https://feeds.example/rss?X-Amz-Credential=redacted
            https://feeds.example/rss?client_secret=hunter2            | https://feeds.example/rss?client_secret=redacted
            https://feeds.example/rss?auth=hunter2                     | https://feeds.example/rss?auth=redacted
            https://feeds.example/rss?sessionid=hunter2                | https://feeds.example/rss?sessionid=redacted
            https://feeds.example/rss?subscription-key=hunter2         | https://feeds.example/rss?subscription-key=redacted
            https://feeds.example/rss?api%5Fkey=hunter2                | https://feeds.example/rss?api%5Fkey=redacted
            https://a:b@feeds.example/rss?apikey=hunter2&token=hunter2 | https://redacted@feeds.example/rss?apikey=redacted&token=redacted
            https://feeds.example/news/rss?lang=en&page=2              | https://feeds.example/news/rss?lang=en&page=2
            https://feeds.example/rss?q=monkey%20business              | https://feeds.example/rss?q=monkey%20business
            https://feeds.example/rss?author=jane&countrycode=us       | https://feeds.example/rss?author=jane&countrycode=us
            https://feeds.example/rss?pwd=hunter2&session=hunter2      | https://feeds.example/rss?pwd=redacted&session=redacted
            https://feeds.example/@user/rss                            | https://feeds.example/@user/rss
            """)
    void anAddressLosesItsCredentialsAndKeepsTheRest(String given, String shown) {
        assertEquals(shown, Credentials.hidden(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "HTTP 401 from https://user:hunter2@feeds.example/rss (2 attempts)",
            "redirected to https://feeds.example/rss?token=hunter2, which failed",
            "could not reach \"http://x:hunter2@10.0.0.1/f?apikey=hunter2\"",
            "two: https://a:hunter2@x.example/ and https://y.example/?sig=hunter2"})
    void everyAddressInAMessageLosesItsCredentials(String message) {
        String shown = Credentials.hiddenIn(message);
        assertFalse(shown.contains("hunter2"), shown);
        assertTrue(shown.contains("redacted"), shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:hunter2@feeds.example/rss", "https://feeds.example/rss?apikey=hunter2",
            "https://feeds.example/rss?token=hunter2&x=1"})
    void theIdsOfItemsNumberedWithinTheirFeedCarryNoCredentials(String feedUrl) throws Exception {
        String rss = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
                <item><guid isPermaLink="false">12345</guid><title>Talks in Geneva</title>
                <description>Talks resumed.</description></item>
                <item><title>No guid, no link</title><description>Body.</description></item>
                </channel></rss>""";
        URI uri = URI.create(feedUrl);
        ParsedFeed parsed = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml", uri);
        var articles = FeedArticles.of(parsed, uri, Instant.now(), p -> { });
        assertEquals(2, articles.size());
        articles.forEach(a -> assertFalse(a.id().contains("hunter2"), a.id()));
        articles.forEach(a -> assertTrue(a.id().startsWith("https://"), a.id()));
    }
}
