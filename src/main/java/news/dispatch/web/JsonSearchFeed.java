package news.dispatch.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.dispatch.search.SearchResponse;

/** A search as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of its newest matches. */
final class JsonSearchFeed {
    static final String CONTENT_TYPE = "application/feed+json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSearchFeed() {
    }

    static String render(SearchFeed search) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", search.title());
        if (search.warnings() != null) feed.put("description", search.warnings());
        feed.put("home_page_url", search.pageUrl());
        feed.put("feed_url", search.feedUrl("/api/search.feed.json"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (SearchResponse.Hit hit : search.hits()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", SearchFeed.entryId(hit));
            item.put("url", search.entryLink(hit));
            item.put("title", SearchFeed.plainTitle(hit));
            item.put("content_html", SearchFeed.summaryHtml(hit));
            var date = SearchFeed.date(hit);
            if (date != null) item.put("date_published", date.toInstant().toString());
            if (hit.source() != null) item.put("authors", List.of(Map.of("name", hit.source())));
            items.add(item);
        }
        feed.put("items", items);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
