package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;

/** {@code dispatch serve} listens on this machine only unless {@code --host} says otherwise. */
class BindAddressTest {
    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void buildIndex() {
        index = dir.resolve("index");
        TestIndexes.build(index, TestIndexes.seedCorpus());
    }

    /** An address of this machine that other machines could reach; the test skips on a machine without one. */
    static InetAddress outwardAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) return a;
            }
        }
        assumeTrue(false, "no non-loopback IPv4 address on this machine");
        return null;
    }

    static boolean answers(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void byDefaultTheServerAnswersOnLoopbackOnly() throws Exception {
        InetAddress outward = outwardAddress();
        int port = ChildJvm.freePort();
        try (ChildJvm server = ChildJvm.start("serve", "--index", index.toString(), "--port", String.valueOf(port))) {
            assertTrue(server.awaitStderr("Dispatch is serving", Duration.ofSeconds(60)), server.stderr());
            assertTrue(server.stderr().contains("at http://127.0.0.1:" + port + "/"), server.stderr());
            assertTrue(answers(InetAddress.getLoopbackAddress(), port));
            assertTrue(!answers(outward, port), "the server answered on " + outward);
            assertEquals(200, RawHttp.get("http://127.0.0.1:" + port, "/api/health").status());
            assertThrows(IOException.class, () -> RawHttp.get("http://" + outward.getHostAddress() + ":" + port,
                    "/api/health"));
        }
    }

    @Test
    void theHostOptionOpensItToTheNetwork() throws Exception {
        InetAddress outward = outwardAddress();
        int port = ChildJvm.freePort();
        try (ChildJvm server = ChildJvm.start("serve", "--index", index.toString(), "--port", String.valueOf(port),
                "--host", "0.0.0.0")) {
            assertTrue(server.awaitStderr("Dispatch is serving", Duration.ofSeconds(60)), server.stderr());
            assertEquals(200, RawHttp.get("http://" + outward.getHostAddress() + ":" + port, "/api/health").status());
        }
    }
}
