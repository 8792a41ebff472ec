package news.dispatch.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which addresses a page link may reach. A feed's links are written by whoever writes the feed, so by default they
 * must not reach inside the network Dispatch runs in: loopback, private (RFC 1918), carrier-grade NAT, link-local
 * (the cloud metadata service at 169.254.169.254 among them), unique-local IPv6 (fc00::/7), multicast, unspecified,
 * broadcast and reserved addresses are refused — judged on every address the host name resolves to (one bad answer
 * refuses the host), and on the IPv4 address inside IPv4-mapped, -compatible, NAT64 and 6to4 IPv6 addresses. The
 * check runs again for every redirect hop. A number written other than as four plain decimal parts
 * ({@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}) is refused outright: programs disagree on what it means.
 *
 * <p>The HTTP client resolves the name again when it connects; the JVM's address cache (30 s by default) answers
 * that lookup with the address checked here, so a name cannot turn private between the check and the request within
 * that time. {@code --allow-private-addresses} lifts the rule for a trusted intranet.
 */
public final class AddressGuard {
    /** How a host name becomes addresses (the system resolver). */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why an address was not asked, and whether asking later may pass (a name that did not resolve may). */
    record Refusal(String reason, boolean mayPassLater) {
    }

    private static final Pattern NUMERIC_HOST = Pattern.compile(
            "(?i)(?:0x[0-9a-f]*|[0-9]+)(?:\\.(?:0x[0-9a-f]*|[0-9]+)){0,3}\\.?");
    private static final Pattern PLAIN_IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private final boolean allowPrivate;
    private final Resolver resolver;
    private final Set<String> trustedOrigins;

    private AddressGuard(boolean allowPrivate, Resolver resolver, Set<String> trustedOrigins) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
        this.trustedOrigins = trustedOrigins;
    }

    /** The default: nothing inside the network. */
    public static AddressGuard refusingPrivate() {
        return new AddressGuard(false, InetAddress::getAllByName, Set.of());
    }

    /** Any address (a trusted intranet, {@code --allow-private-addresses}; and the user's own feed addresses). */
    public static AddressGuard allowingPrivate() {
        return new AddressGuard(true, InetAddress::getAllByName, Set.of());
    }

    /** The same rule, with one origin (scheme://host:port) let through as it is: a test's local fixture server. */
    AddressGuard trusting(URI origin) {
        var origins = new java.util.HashSet<>(trustedOrigins);
        origins.add(RobotsRules.hostKey(origin));
        return new AddressGuard(allowPrivate, resolver, Set.copyOf(origins));
    }

    /** Why {@code uri} must not be asked, or null when it may. */
    Refusal refusal(URI uri) {
        if (allowPrivate || trustedOrigins.contains(RobotsRules.hostKey(uri))) return null;
        String host = uri.getHost();
        if (host == null || host.isEmpty()) return new Refusal("no host name in " + uri, false);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        if (NUMERIC_HOST.matcher(host).matches() && !PLAIN_IPV4.matcher(host).matches()) {
            return new Refusal(host + " is an IPv4 address in an unusual form (octal, hex or a single number)",
                    false);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new Refusal("the host " + host + " could not be resolved", true);
        }
        for (InetAddress address : addresses) {
            String kind = kind(address);
            if (kind != null) {
                return new Refusal(host + (host.equals(address.getHostAddress()) ? "" : " resolves to "
                        + address.getHostAddress() + ", which") + " is a " + kind
                        + " address, refused by default (--allow-private-addresses fetches inside a trusted network)",
                        false);
            }
        }
        return null;
    }

    /** What sort of address inside the network this is, or null for a public address. */
    static String kind(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            Inet4Address embedded = embeddedIpv4(b);
            if (embedded != null) {
                String kind = kind(embedded);
                return kind == null ? null : kind + " (inside an IPv6 address)";
            }
            if (v6.isAnyLocalAddress()) return "unspecified";
            if (v6.isLoopbackAddress()) return "loopback";
            if (v6.isLinkLocalAddress() || v6.isSiteLocalAddress()) return "link-local";
            if ((b[0] & 0xfe) == 0xfc) return "unique-local";
            if (v6.isMulticastAddress()) return "multicast";
            return null;
        }
        byte[] b = address.getAddress();
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 0) return "unspecified";
        if (a0 == 127) return "loopback";
        if (a0 == 10 || a0 == 172 && (a1 & 0xf0) == 16 || a0 == 192 && a1 == 168) return "private";
        if (a0 == 100 && (a1 & 0xc0) == 64) return "carrier-grade NAT";
        if (a0 == 169 && a1 == 254) return (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254 ? "cloud metadata"
                : "link-local";
        if (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) return "special-purpose";
        if (a0 == 198 && (a1 & 0xfe) == 18) return "benchmarking";
        if (a0 >= 224 && a0 < 240) return "multicast";
        if (a0 >= 240) return "reserved";
        return null;
    }

    /**
     * The IPv4 address an IPv6 address carries: IPv4-mapped (::ffff:a.b.c.d, which Java mostly turns into IPv4 on
     * its own), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:AABB:CCDD::); else null.
     */
    private static Inet4Address embeddedIpv4(byte[] b) {
        boolean zeroTo10 = true;
        for (int i = 0; i < 10; i++) zeroTo10 &= b[i] == 0;
        boolean mapped = zeroTo10 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroTo10 && b[10] == 0 && b[11] == 0
                && ((b[12] | b[13] | b[14]) != 0 || (b[15] & 0xff) > 1); // not :: or ::1
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        try {
            if (mapped || compatible || nat64) {
                return (Inet4Address) InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return (Inet4Address) InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
        } catch (UnknownHostException e) {
            throw new AssertionError("four bytes are an IPv4 address", e);
        }
        return null;
    }
}
