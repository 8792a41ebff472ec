package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.dispatch.entity.Entity;
import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.Mention;
import news.dispatch.entity.language.ArabicWordForms;
import news.dispatch.entity.language.InflectedNames;

/**
 * The persons of arabic-persons.tsv found in Arabic text by their Arabic full names, and by their surname where the
 * article names them in full too or the table says the surname names them alone (بوتين, وأوباما, لكيري), under the
 * canonical name English coverage uses. Most Arabic surnames are words or given names as well (مبارك, صالح), hence
 * the full name first. No model reads Arabic names here: Arabic writes no short vowels, so a name is known from the
 * table or not at all. Thread-safe.
 */
public final class ArabicPersons {
    /** One listed spelling: the person's full name, or a surname that counts alone or only after the full name. */
    private record Form(String person, boolean full, boolean alone) {
    }

    /** One row of the table: a canonical name, its Arabic full names and its Arabic surnames (perhaps none). */
    public record Spelling(String name, List<String> full, List<String> surnames) {
    }

    private final InflectedNames<Form> names = new InflectedNames<>(ArabicWordForms.INSTANCE);
    private final List<Spelling> spellings = new ArrayList<>();

    private static final class Holder {
        static final ArabicPersons INSTANCE = new ArabicPersons();
    }

    private ArabicPersons() {
        for (Map<String, String> row : GazetteerFile.tsv("arabic-persons.tsv")) {
            String name = row.get("name");
            boolean alone = row.get("alone").equals("yes");
            GazetteerFile.list(row.get("full")).forEach(form -> names.add(form, new Form(name, true, alone)));
            GazetteerFile.list(row.get("surname")).forEach(form -> names.add(form, new Form(name, false, alone)));
            spellings.add(new Spelling(name, GazetteerFile.list(row.get("full")), GazetteerFile.list(row.get("surname"))));
        }
    }

    public static ArabicPersons standard() {
        return Holder.INSTANCE;
    }

    /** The table's rows, in its order: what a query's names are spelled with across the Arabic script. */
    public List<Spelling> spellings() {
        return List.copyOf(spellings);
    }

    /** The persons {@code text} names, one entity each, in order of first mention. */
    public List<Entity> find(String text) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        List<InflectedNames.NameMatch<Form>> hits = names.find(text);
        java.util.Set<String> named = new java.util.HashSet<>();
        hits.stream().filter(h -> h.value().full()).forEach(h -> named.add(h.value().person()));
        for (InflectedNames.NameMatch<Form> hit : hits) {
            Form form = hit.value();
            if (!form.full() && !form.alone() && !named.contains(form.person())) continue;
            byName.computeIfAbsent(form.person(), k -> new ArrayList<>()).add(new Mention(hit.start(), hit.end(),
                    text.substring(hit.start(), hit.end()), "Arabic name " + hit.name()));
        }
        return byName.entrySet().stream().map(e -> new Entity(e.getKey(), null, e.getValue())).toList();
    }
}
