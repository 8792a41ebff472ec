package news.dispatch.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The persons of arabic-persons.tsv found in Arabic text by their Arabic full names and, where it names one person
 * only, their surname alone (بوتين, وأوباما, لكيري), under the canonical name English coverage uses. No model reads
 * Arabic names here: Arabic writes no short vowels, so a name is known from the table or not at all. Thread-safe.
 */
final class ArabicPersons {
    private final InflectedNames<String> names = new InflectedNames<>(ArabicWordForms.INSTANCE);

    private static final class Holder {
        static final ArabicPersons INSTANCE = new ArabicPersons();
    }

    private ArabicPersons() {
        for (Map<String, String> row : GazetteerFile.tsv("arabic-persons.tsv")) {
            String name = row.get("name");
            GazetteerFile.list(row.get("full")).forEach(form -> names.add(form, name));
            GazetteerFile.list(row.get("surname")).forEach(form -> names.add(form, name));
        }
    }

    static ArabicPersons standard() {
        return Holder.INSTANCE;
    }

    /** The persons {@code text} names, one entity each, in order of first mention. */
    List<Entity> find(String text) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (InflectedNames.Hit<String> hit : names.find(text)) {
            byName.computeIfAbsent(hit.value(), k -> new ArrayList<>()).add(new Mention(hit.start(), hit.end(),
                    text.substring(hit.start(), hit.end()), "Arabic name " + hit.name()));
        }
        return byName.entrySet().stream().map(e -> new Entity(e.getKey(), null, e.getValue())).toList();
    }
}
