package news.dispatch.feed;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the secrets a feed address may carry ({@code https://user:password@host/…}, {@code ?apikey=…},
 * {@code &token=…}, a signed URL's {@code sig=…}) wherever the address is shown to someone who is not the operator:
 * the API's feed statuses and their messages, and the ids of items numbered within their feed. The operator's own
 * files (the feed list, the state file beside the index) keep the address as given, or the feed could not be fetched.
 *
 * <p>A query parameter is secret by its name, not by a fixed list of names: any name that, lower-cased and without
 * {@code -}, {@code _} and {@code .}, contains a word of {@link #SECRET_WORDS} or ends as one of {@link #SECRET_NAMES}
 * does (key, apikey, api_key, token, access_token, secret, password, sig, signature, X-Amz-Signature…). Hiding a
 * harmless value costs nothing; showing a key cannot be undone.
 */
public final class Credentials {
    static final String HIDDEN = "redacted";
    private static final Pattern SECRET_WORDS = Pattern.compile(
            "token|secret|passw|passwd|pwd|signature|apikey|auth|credential|session|bearer|private");
    private static final Pattern SECRET_NAMES = Pattern.compile("(key|sig|pass|code|hash|jwt)$");
    /** An absolute address inside free text (an error message): scheme, authority, then up to whitespace or a quote. */
    /** One name=value pair of a query, with the separator before it. */
    private static final Pattern PAIR = Pattern.compile("(^|[&;])([^&;=]*)=([^&;]*)");
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^\\s\"'<>]+");

    private Credentials() {
    }

    /** {@code address} without its user info and with secret query values replaced; anything else is kept. */
    public static String hidden(String address) {
        if (address == null) return null;
        String rest = address;
        int schemeEnd = rest.indexOf("://");
        if (schemeEnd < 0) return hiddenQuery(rest);
        int authorityStart = schemeEnd + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < rest.length() && "/?#".indexOf(rest.charAt(authorityEnd)) < 0) authorityEnd++;
        String authority = rest.substring(authorityStart, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) authority = HIDDEN + "@" + authority.substring(at + 1);
        return rest.substring(0, authorityStart) + authority + hiddenQuery(rest.substring(authorityEnd));
    }

    /** Every address in {@code text} hidden as by {@link #hidden(String)}: messages quote the addresses they failed on. */
    public static String hiddenIn(String text) {
        if (text == null) return null;
        Matcher m = ADDRESS.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(hidden(r.group())));
    }

    /** The path, query and fragment of an address with the values of secret-looking parameters replaced. */
    private static String hiddenQuery(String pathQueryFragment) {
        int q = pathQueryFragment.indexOf('?');
        if (q < 0) return pathQueryFragment;
        int hash = pathQueryFragment.indexOf('#', q);
        String query = hash < 0 ? pathQueryFragment.substring(q + 1) : pathQueryFragment.substring(q + 1, hash);
        String kept = PAIR.matcher(query).replaceAll(m -> Matcher.quoteReplacement(
                isSecret(m.group(2)) ? m.group(1) + m.group(2) + "=" + HIDDEN : m.group()));
        return pathQueryFragment.substring(0, q + 1) + kept + (hash < 0 ? "" : pathQueryFragment.substring(hash));
    }

    static boolean isSecret(String parameterName) {
        String name;
        try {
            name = URLDecoder.decode(parameterName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            name = parameterName;
        }
        name = name.toLowerCase(Locale.ROOT).replaceAll("[-_.\\s\\[\\]]", "");
        return SECRET_WORDS.matcher(name).find() || SECRET_NAMES.matcher(name).find();
    }
}
