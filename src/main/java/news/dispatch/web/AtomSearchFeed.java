package news.dispatch.web;

import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import news.dispatch.search.SearchResponse;

/**
 * A search as an Atom 1.0 feed of its newest matches, written by Rome (which escapes every value). XML 1.0 cannot
 * carry most control characters at all, escaped or not (JDOM refuses them), and articles and queries may hold them:
 * every text goes in through {@link #xml(String)}.
 */
final class AtomSearchFeed {
    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

    private AtomSearchFeed() {
    }

    static String render(SearchFeed search) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(xml(search.id()));
        feed.setTitle(xml(search.title()));
        feed.setUpdated(search.updated());
        if (search.warnings() != null) {
            // A reader shows the subtitle under the title: where a feed that stays empty says why.
            Content subtitle = new Content();
            subtitle.setType("text");
            subtitle.setValue(xml(search.warnings()));
            feed.setSubtitle(subtitle);
        }
        feed.setAlternateLinks(List.of(link("alternate", "text/html", xml(search.pageUrl()))));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", xml(search.feedUrl("/api/search.atom")))));
        feed.setAuthors(List.of(person("Dispatch")));
        Generator generator = new Generator();
        generator.setValue("Dispatch");
        feed.setGenerator(generator);
        List<Entry> entries = new ArrayList<>();
        for (SearchResponse.Hit hit : search.hits()) entries.add(entry(search, hit));
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the feed", e);
        }
    }

    private static Entry entry(SearchFeed search, SearchResponse.Hit hit) {
        Entry entry = new Entry();
        entry.setId(xml(SearchFeed.entryId(hit)));
        entry.setTitle(xml(SearchFeed.plainTitle(hit)));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", xml(search.entryLink(hit)))));
        var date = SearchFeed.date(hit);
        entry.setUpdated(date != null ? date : search.updated());
        if (date != null) entry.setPublished(date);
        if (hit.source() != null && !hit.source().isBlank()) entry.setAuthors(List.of(person(xml(hit.source()))));
        Content summary = new Content();
        summary.setType("html");
        summary.setValue(xml(SearchFeed.summaryHtml(hit)));
        entry.setSummary(summary);
        return entry;
    }

    /**
     * The text without the characters XML 1.0 cannot carry (C0 controls but tab and line breaks, U+FFFE and U+FFFF,
     * unpaired surrogates): none of them is drawn, so a reader loses nothing they would see.
     */
    static String xml(String text) {
        if (text == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (!allowed && b == null) b = new StringBuilder(text.length()).append(text, 0, i);
            else if (allowed && b != null) b.appendCodePoint(c);
            i += n;
        }
        return b == null ? text : b.toString();
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }
}
