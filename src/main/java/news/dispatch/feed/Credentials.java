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
 * {@code -}, {@code _} and {@code .}, contains a word of {@link #SECRET_WORDS} or is one of {@link #SECRET_NAMES}
 * (key, apikey, api_key, token, access_token, secret, password, sig, signature, X-Amz-Signature…). Hiding a
 * harmless value costs nothing; showing a key cannot be undone.
 */
public final class Credentials {
    static final String HIDDEN = "redacted";
    /** Words that make a parameter secret wherever they stand in its name ("access_token", "client_secret"). */
    private static final Pattern SECRET_WORDS = Pattern.compile(
            "token|secret|passw|signature|apikey|credential|sessionid|bearer|privatekey|authorization");
    /** Whole names, and endings ("subscription-key", "x-sig"), that are secret; "author" or "countrycode" are not. */
    private static final Pattern SECRET_NAMES = Pattern.compile("auth|pwd|pass|session|jwt|.*(key|sig)");
    /** One name=value pair of a query, with the separator before it. */
    private static final Pattern PAIR = Pattern.compile("(^|[&;])([^&;=]*)=([^&;]*)");
    /** An absolute address inside free text (an error message): scheme, authority, then up to whitespace or a quote. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^\\s\"'<>]+");

    private Credentials() {
    }

    /** {@code address} without its user info and with secret query values replaced; anything else is kept. */
    public static String hidden(String address) {
        if (address == null) return null;
        int schemeEnd = address.indexOf("://");
        if (schemeEnd < 0) return hiddenQuery(address);
        int authorityStart = schemeEnd + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < address.length() && "/?#".indexOf(address.charAt(authorityEnd)) < 0) authorityEnd++;
        String authority = address.substring(authorityStart, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) authority = HIDDEN + "@" + authority.substring(at + 1);
        return address.substring(0, authorityStart) + authority + hiddenQuery(address.substring(authorityEnd));
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
        return SECRET_WORDS.matcher(name).find() || SECRET_NAMES.matcher(name).matches();
    }
}
