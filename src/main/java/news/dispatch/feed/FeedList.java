package news.dispatch.feed;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The feeds a user follows, from an OPML export (every {@code outline} with an {@code xmlUrl}) or a text file (one
 * address a line, {@code #} comments). jsoup's XML parser reads OPML without resolving any entity or DTD.
 */
public final class FeedList {
    private FeedList() {
    }

    public static List<URI> read(Path file, Consumer<String> problems) throws IOException {
        String text = Files.readString(file);
        List<String> addresses = new ArrayList<>();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(opml|xml)$")
                || text.stripLeading().startsWith("<")) {
            Document opml = Jsoup.parse(text, "", Parser.xmlParser());
            for (Element outline : opml.select("outline[xmlUrl]")) addresses.add(outline.attr("xmlUrl"));
        } else {
            for (String line : text.split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) addresses.add(l);
            }
        }
        Set<URI> feeds = new LinkedHashSet<>();
        for (String address : addresses) {
            URI uri = parse(address);
            if (uri == null) problems.accept(file + ": not a feed address: " + address);
            else feeds.add(uri);
        }
        return new ArrayList<>(feeds);
    }

    /** An http(s) address, or null. */
    public static URI parse(String address) {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
