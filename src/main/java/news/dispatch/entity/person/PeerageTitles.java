package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.dispatch.entity.GazetteerFile;

/**
 * The peerage and royal titles of peerage-titles.tsv, read once for the two steps that use them: {@link SlavicCues}
 * takes each title's word start as a cue for a person, and {@link PeerNames} names a lone surname after one of a
 * title's singular case forms "TITLE Surname". One table, so a title added for one step is known to the other.
 *
 * @param cues          the start of each title's word, lower case (lord, лорд, baron, księci …)
 * @param titleByForm   a singular case form, lower case, → the title as English writes it before a surname
 * @param englishTitles the titles that have forms, as English writes them before a surname (Lord, Lady), in table order
 */
record PeerageTitles(Set<String> cues, Map<String, String> titleByForm, List<String> englishTitles) {
    private static final class Holder {
        static final PeerageTitles TABLE = read(GazetteerFile.tsv("peerage-titles.tsv"));
    }

    static PeerageTitles standard() {
        return Holder.TABLE;
    }

    private static PeerageTitles read(List<Map<String, String>> rows) {
        Set<String> cues = new LinkedHashSet<>();
        Map<String, String> titleByForm = new HashMap<>();
        Set<String> englishTitles = new LinkedHashSet<>();
        for (Map<String, String> row : rows) {
            cues.add(row.get("cue"));
            List<String> forms = GazetteerFile.list(row.get("forms"));
            if (forms.isEmpty()) continue;
            String title = row.get("title");
            if (title.isEmpty()) throw new IllegalStateException("peerage title with forms but no title: " + row.get("cue"));
            englishTitles.add(title);
            for (String form : forms) titleByForm.put(form, title);
        }
        return new PeerageTitles(Set.copyOf(cues), Map.copyOf(titleByForm), List.copyOf(englishTitles));
    }
}
