package news.dispatch.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0 with Rome. A feed's document type declaration is taken out before
 * parsing ({@link DoctypeFree}), so the feed is read while no DTD is loaded, no external entity is ever resolved (no
 * local file read, no request made) and no entity expansion bomb can start; the parser still refuses any declaration
 * left (Rome's {@code allowDoctypes=false} sets its disallow-doctype-decl feature).
 */
public final class FeedParser {
    /** Why a body could not be read as a feed. */
    public static final class NotAFeed extends Exception {
        NotAFeed(String message) {
            super(message);
        }
    }

    private FeedParser() {
    }

    public static ParsedFeed parse(byte[] body, String contentType, URI base) throws NotAFeed {
        if (body == null || body.length == 0) throw new NotAFeed("the response is empty");
        if (looksLikeHtml(body)) throw new NotAFeed("this is an HTML page, not a feed (content type "
                + contentType + ")");
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
            StringWriter text = new StringWriter(body.length);
            reader.transferTo(text);
            SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(true); // HTML entities such as &nbsp; in an XML feed are common
            input.setPreserveWireFeed(true); // the RSS guid and Atom id, which Rome otherwise mixes with links
            feed = input.build(new StringReader(DoctypeFree.of(text.toString())));
        } catch (FeedException | IllegalArgumentException e) {
            throw new NotAFeed("not a readable feed: " + message(e));
        } catch (IOException e) {
            throw new NotAFeed("unreadable: " + message(e));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) items.add(item(e, base));
        return new ParsedFeed(feed.getFeedType(), feed.getTitle(), feed.getLanguage(), items);
    }

    private static FeedItem item(SyndEntry e, URI base) {
        String guid = switch (e.getWireEntry()) {
            case Item rss -> rss.getGuid() == null ? null : rss.getGuid().getValue();
            case Entry atom -> atom.getId();
            case null, default -> null;
        };
        String html = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                html = c.getValue();
                break;
            }
        }
        if (html == null && e.getDescription() != null) html = e.getDescription().getValue();
        var date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return new FeedItem(blankToNull(guid), resolve(base, e.getLink()), e.getTitle(), html,
                date == null ? null : date.toInstant(), blankToNull(e.getAuthor()));
    }

    /** A relative link made absolute against the feed's address; an unparseable one kept as it is. */
    static String resolve(URI base, String link) {
        if (link == null || link.isBlank()) return null;
        try {
            return base == null ? link.strip() : base.resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
