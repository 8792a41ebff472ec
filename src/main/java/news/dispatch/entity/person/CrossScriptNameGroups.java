package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The index-wide groups of {@link PersonNameGroups} joined across scripts and transliterations: one person written
 * from Cyrillic by several languages' rules and in Latin by the wires (Jacob Rees-Mogg, Джейкъб Рийс-Мог → "Dzejkb
 * Ris Mog"; Gavin Williamson → "Gevin Uilamson"; Asia Bibi, Ася Биби → "Asa Bibi") gets one name.
 *
 * <p>Only names that no article outside the Slavic languages holds ({@link SlavicPersons#LANGUAGES}: written by the
 * rules there, from Cyrillic or with case endings) join: with each other, and onto the one group of the other
 * articles' names they sound like, whose name and members stay as they were. Joining every name by sound merged two
 * persons' English names (Andrew Kim and Andrew Cuomo, John Carey and John Kerry: 42 merges on worldwide newswire and
 * 1,500 AllSides articles, most of them wrong); an index of English alone now gets no join at all. Slavic spellings
 * that sound like two groups of the other articles are left as they are.
 *
 * <p>Two names of as many words join when they sound alike: each word's {@link CrossScriptNames} consonant skeleton
 * (vowels dropped, the letters romanizations trade for one sound merged) and first sound agree, the surname's
 * skeletons may be one consonant apart from five consonants on (Verhofstadt/Verhofstad). Sound is not enough for
 * the spelling, because vowels alone tell many names apart (Jane/Jon, Alan/Allen, Cohen/Cohan): the given names must
 * be spelt nearly alike (one group of given-name-variants.tsv, or one letter apart: Asia/Asa, Gevin/Gavin), and then
 * the surnames may differ in vowels only beside another spelling of the given name (Devid Devis, David Davis);
 * given names alike in sound only (Dzejkob/Jacob) join only when the rest of the name is spelt otherwise too, as a
 * name written from another script is, and never two given names the tables list apart (Joseph, Yusuf). Names
 * {@link PersonNameGroups} already treats as one spelling are its call, including the ones it keeps apart (two middle
 * initials, an ambiguous initial). Names of one word, with an initial, or of fewer than two consonants are left alone.
 *
 * <p>Measured on the BSNLP dev stories (2,706 articles, 2,111 person names): the share of persons named in two or
 * more languages with one name went from 35 % to 56 %; every one of the 5 merges joining two gold ids was one person
 * under two ids (Kim Jong-un / PER-Kim-Dzong-Un) or an earlier mismatch. A joined group is named by a spelling that
 * is no case form of another (Corbyna of Corbyn), then with fewest signs of a letter-by-letter transliteration (dz,
 * a j after a vowel, a word without vowels), then by the one in most articles, then alphabetically: deterministic
 * and independent of the order of the names.
 *
 * <p>This class holds the join by sound itself; its parts have classes of their own: the readings a name is compared
 * in ({@link NameReadings}, {@link EnglishReadings}) and their sounds ({@link NameSounds}), whether two readings may
 * be one person ({@link AlikeNames}), case endings ({@link CaseEndings}), a joined group's name ({@link
 * JoinedGroupName}), and the later joins of part of a name ({@link SlavicGluedWords}, {@link ShortForms}, {@link
 * LoneSurnames}, {@link LoneGivenNames}, {@link FamilyGivenNames}).
 */
final class CrossScriptNameGroups {
    private CrossScriptNameGroups() {
    }

    /**
     * @param articles   every person name of the index and the number of articles holding it
     * @param canonical  the groups found so far: each variant and the name it goes to
     * @param slavic    the names that only articles in a Slavic language hold: the only names that may join
     * @return the variants and names of the groups joined across scripts (including {@code canonical}'s)
     */
    static SortedMap<String, String> join(Map<String, Integer> articles, SortedMap<String, String> canonical,
                                          SlavicOnlyNames slavic) {
        Set<String> slavicOnly = slavic.names();
        if (slavicOnly.isEmpty()) return canonical;
        canonical = LatinGroupNames.rename(articles, canonical, slavic);
        NameSpellings spellings = NameSpellings.standard();
        // A group that any article outside the Slavic languages names keeps its name and members: it is written as
        // the wires write it, and by sound alone English names of two persons join (Andrew Kim, Andrew Cuomo).
        Set<String> fixed = new HashSet<>();
        for (String name : articles.keySet()) {
            if (!slavicOnly.contains(name)) fixed.add(canonical.getOrDefault(name, name));
        }
        Map<String, List<NameSounds>> blocks = new TreeMap<>();
        for (String name : new TreeSet<>(articles.keySet())) {
            for (NameSounds r : NameReadings.of(name, slavic.fromCyrillic().contains(name))) {
                r.blocks().forEach(block -> blocks.computeIfAbsent(block, k -> new ArrayList<>()).add(r));
            }
        }
        // Union-find over the Slavic-only groups (a variant stands for the group it went to); each one's links to the
        // fixed groups it sounds like.
        Map<String, String> parent = new HashMap<>();
        Map<String, Set<String>> links = new TreeMap<>();
        for (List<NameSounds> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    String a = canonical.getOrDefault(block.get(i).name(), block.get(i).name());
                    String b = canonical.getOrDefault(block.get(j).name(), block.get(j).name());
                    if (a.equals(b) || fixed.contains(a) && fixed.contains(b) || !AlikeNames.alike(block.get(i), block.get(j), spellings)) continue;
                    if (fixed.contains(a)) links.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
                    else if (fixed.contains(b)) links.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
                    else union(parent, a, b);
                }
            }
        }
        links.keySet().forEach(group -> find(parent, group));
        Map<String, List<String>> joined = new TreeMap<>();
        for (String group : List.copyOf(parent.keySet())) joined.computeIfAbsent(find(parent, group), k -> new ArrayList<>()).add(group);
        Map<String, String> nameOfGroup = new HashMap<>();
        for (List<String> groups : joined.values()) {
            Set<String> wires = new TreeSet<>();
            groups.forEach(g -> wires.addAll(links.getOrDefault(g, Set.of())));
            // Sounding like two persons of the wires, the Slavic spellings are left as they are: either may be meant.
            if (wires.size() > 1) continue;
            String name = wires.isEmpty() ? JoinedGroupName.of(groups, articles, slavic) : wires.iterator().next();
            for (String g : groups) nameOfGroup.put(g, name);
        }
        SortedMap<String, String> out = new TreeMap<>();
        canonical.forEach((variant, group) -> out.put(variant, nameOfGroup.getOrDefault(group, group)));
        nameOfGroup.forEach((group, name) -> {
            if (!group.equals(name)) out.put(group, name);
        });
        RegnalNames.join(articles, slavicOnly, out);
        NameSlips.join(articles, slavicOnly, out);
        SlavicGluedWords.join(articles, slavicOnly, out);
        ShortForms.join(articles, slavicOnly, out);
        NominativeSurnames.join(articles, slavic, out);
        LoneSurnames.join(articles, slavic, out);
        LoneGivenNames.join(articles, slavic, out);
        FamilyGivenNames.join(articles, slavic, out);
        return out;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (ra.equals(rb)) return;
        // The smaller name is the root, so the result does not depend on the order of the unions.
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }

    private static String find(Map<String, String> parent, String x) {
        parent.putIfAbsent(x, x);
        String root = x;
        while (!parent.get(root).equals(root)) root = parent.get(root);
        return root;
    }
}
