package news.dispatch.entity.organization;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outlet that publishes an article, from its {@code source} field ("New York Times - News", "Fox Online News")
 * and its URL's host (www.foxnews.com). Its own name in its own pages is where the story was published, not what it
 * is about: {@link news.dispatch.entity.about.About} counts it as mentioned only.
 *
 * @param source the article's outlet name as the corpus gives it, or null
 * @param url    the article's URL, or null
 */
public record PublishingOutlet(String source, String url) {
    /** Compiled once, before {@link #NONE}: String.replaceAll compiled it anew for each name {@link #key} reads. */
    private static final java.util.regex.Pattern NO_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");
    public static final PublishingOutlet NONE = new PublishingOutlet(null, null);
    /** Host labels that name no outlet ("www.", "blogs.", the top-level and country domains). */
    private static final java.util.Set<String> HOST_NOISE = java.util.Set.of("www", "m", "amp", "edition", "blogs",
            "news", "com", "org", "net", "co", "uk", "au", "ca", "in", "de", "fr", "ru", "ua", "int", "gov", "info");
    /** Shorter keys would match inside unrelated names ("AP" in any source with "ap"). */
    private static final int MIN_KEY = 3;

    /** True when {@code organization} (an organization's canonical name) is this outlet. */
    public boolean names(String organization) {
        String key = key(organization);
        if (key.length() < MIN_KEY) return false;
        if (source != null && key(source).contains(key)) return true;
        return hostLabels().contains(key);
    }

    private List<String> hostLabels() {
        List<String> labels = new ArrayList<>();
        if (url == null) return labels;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) return labels;
            for (String label : host.toLowerCase(Locale.ROOT).split("\\.")) {
                if (!HOST_NOISE.contains(label)) labels.add(label);
            }
        } catch (IllegalArgumentException e) {
            // A malformed URL names no outlet; the source field may still.
        }
        return labels;
    }

    /** "The New York Times" → "newyorktimes": no article, letters and digits only, lower case. */
    private static String key(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("the ")) n = n.substring(4);
        return NO_LETTER_OR_DIGIT.matcher(n).replaceAll("");
    }
}
