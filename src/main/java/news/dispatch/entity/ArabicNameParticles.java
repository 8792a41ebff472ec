package news.dispatch.entity;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words that mark an Arabic person's name, from arabic-name-particles.tsv (the one table of them): the links
 * between a name's parts (بن, أبو, آل), the kunya that opens one (أبو, أم) and the titles before one (الأمير).
 * Kept as data so every reader of Arabic names reads the same list.
 */
public record ArabicNameParticles(Set<String> links, Set<String> kunyas, Set<String> titles) {
    private static final class Holder {
        static final ArabicNameParticles INSTANCE = read();
    }

    public static ArabicNameParticles standard() {
        return Holder.INSTANCE;
    }

    private static ArabicNameParticles read() {
        Set<String> links = new HashSet<>();
        Set<String> kunyas = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Map<String, String> row : GazetteerFile.tsv("arabic-name-particles.tsv")) {
            for (String role : GazetteerFile.list(row.get("roles"))) {
                Set<String> into = switch (role) {
                    case "link" -> links;
                    case "kunya" -> kunyas;
                    case "title" -> titles;
                    default -> throw new IllegalStateException("arabic-name-particles.tsv: unknown role '" + role
                            + "' of '" + row.get("particle") + "'");
                };
                into.add(row.get("particle"));
            }
        }
        return new ArabicNameParticles(Set.copyOf(links), Set.copyOf(kunyas), Set.copyOf(titles));
    }
}
