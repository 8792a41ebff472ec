package news.dispatch.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Feed fixtures from src/test/resources/feeds. */
final class Fixtures {
    private Fixtures() {
    }

    static String text(String name) {
        try (var in = Fixtures.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) throw new IllegalStateException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
