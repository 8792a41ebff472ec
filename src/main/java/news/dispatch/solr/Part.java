package news.dispatch.solr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One of N parts of the input ({@code --part 3/8}): an article belongs to the part its id hashes to, so several
 * indexers reading the same corpus each take a disjoint share and together take all, on any machine.
 */
public record Part(int number, int of) {
    public static final Part ALL = new Part(1, 1);

    public Part {
        if (of < 1 || number < 1 || number > of) {
            throw new IllegalArgumentException("--part is K/N with 1 ≤ K ≤ N, not " + number + "/" + of);
        }
    }

    public static Part parse(String text) {
        String[] kn = text.strip().split("/");
        try {
            if (kn.length == 2) return new Part(Integer.parseInt(kn[0].strip()), Integer.parseInt(kn[1].strip()));
        } catch (NumberFormatException ignored) {
            // Said below.
        }
        throw new IllegalArgumentException("--part is K/N (say 3/8), not '" + text + "'");
    }

    /** Whether this part takes the article with {@code id}: SHA-256 of the id, so the split is even and stable. */
    public boolean takes(String id) {
        if (of == 1) return true;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long v = ((d[0] & 0xffL) << 24) | ((d[1] & 0xffL) << 16) | ((d[2] & 0xffL) << 8) | (d[3] & 0xffL);
            return v % of == number - 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return number + "/" + of;
    }
}
