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

/** A search as an Atom 1.0 feed of its newest matches, written by Rome (which escapes every value). */
final class AtomSearchFeed {
    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

    private AtomSearchFeed() {
    }

    static String render(SearchFeed search) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(search.id());
        feed.setTitle(search.title());
        feed.setUpdated(search.updated());
        feed.setAlternateLinks(List.of(link("alternate", "text/html", search.pageUrl())));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", search.feedUrl("/api/search.atom"))));
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
        entry.setId(SearchFeed.entryId(hit));
        entry.setTitle(SearchFeed.plainTitle(hit));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", search.entryLink(hit))));
        var date = SearchFeed.date(hit);
        entry.setUpdated(date != null ? date : search.updated());
        if (date != null) entry.setPublished(date);
        if (hit.source() != null && !hit.source().isBlank()) entry.setAuthors(List.of(person(hit.source())));
        Content summary = new Content();
        summary.setType("html");
        summary.setValue(SearchFeed.summaryHtml(hit));
        entry.setSummary(summary);
        return entry;
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
