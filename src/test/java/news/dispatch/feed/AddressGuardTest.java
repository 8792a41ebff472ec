package news.dispatch.feed;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which page addresses a feed's link may reach by default: resolved with the system's own resolver, no stand-ins. */
class AddressGuardTest {
    static AddressGuard.Refusal refusal(String link) {
        return AddressGuard.refusingPrivate().refusal(URI.create(link));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://127.5.6.7:8080/x", "http://[::1]/", "http://10.0.0.1/",
            "http://10.255.255.254/", "http://172.16.0.1/", "http://172.31.255.1/", "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/", "http://169.254.1.1/", "http://100.64.0.1/",
            "http://100.127.255.1/", "http://100.100.100.200/", "http://0.0.0.0/", "http://[::]/",
            "http://[fe80::1]/", "http://[fc00::1]/", "http://[fd00:ec2::254]/", "http://224.0.0.1/",
            "http://[ff02::1]/", "http://255.255.255.255/", "http://240.0.0.1/", "http://localhost./"})
    void anAddressInsideTheNetworkIsRefused(String link) {
        assertNotNull(refusal(link), link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/", "http://LOCALHOST:8080/",
            "https://user@localhost/", "http://evil.example@127.0.0.1/"})
    void aHostNameThatResolvesToLoopbackIsRefused(String link) {
        var refused = refusal(link);
        assertNotNull(refused, link);
        assertTrue(refused.reason().contains("loopback"), refused.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433/", "http://0x7f000001/", "http://0x7f.0.0.1/", "http://0177.0.0.1/",
            "http://017700000001/", "http://127.1/", "http://127.0.1/", "http://127.000.000.001/",
            "http://0xa9fea9fe/", "http://2852039166/", "http://0251.0376.0251.0376/", "http://8.8.8.010/"})
    void anIpv4AddressInAnUnusualFormIsRefused(String link) {
        assertNotNull(refusal(link), link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::ffff:a9fe:a9fe]/",
            "http://[::ffff:10.1.2.3]/", "http://[::127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/",
            "http://[64:ff9b::127.0.0.1]/", "http://[2002:7f00:1::]/", "http://[2002:c0a8:101::1]/"})
    void anIpv4AddressInsideAnIpv6AddressIsJudgedAsItself(String link) {
        assertNotNull(refusal(link), link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://8.8.8.8/", "http://93.184.215.14/x", "http://172.32.0.1/", "http://100.128.0.1/",
            "http://[2606:4700:4700::1111]/", "http://[::ffff:8.8.8.8]/", "http://[64:ff9b::808:808]/",
            "https://1.1.1.1:8443/"})
    void aPublicAddressIsAllowed(String link) {
        assertNull(refusal(link), link);
    }

    @Test
    void aNameThatDoesNotResolveIsRefusedForNowAndAskedAgainLater() {
        var refused = refusal("http://no-such-host.invalid/");
        assertNotNull(refused);
        assertTrue(refused.mayPassLater());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost/", "http://10.0.0.1/", "http://[::1]/",
            "http://169.254.169.254/"})
    void theOptInForATrustedIntranetAllowsEveryAddress(String link) {
        assertNull(AddressGuard.allowingPrivate().refusal(URI.create(link)), link);
    }

    @Test
    void aMessageSaysWhatTheNameResolvedToAndHowToOptIn() {
        String reason = refusal("http://localhost:9/").reason();
        assertTrue(reason.contains("localhost resolves to"), reason);
        assertTrue(reason.contains("--allow-private-addresses"), reason);
    }
}
