package news.dispatch.entity.correction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;
import news.dispatch.entity.person.PersonNameGroups;
import news.dispatch.entity.person.SlavicOnlyNames;

/**
 * The corrections an index applies to extracted entities: the user's rules (the overrides file, numbered from 1 in
 * file order; a later rule for the same value wins) and the automatic person merges (one name per person across the
 * index). A user rule wins: a value a user rule names is never merged automatically. A rule with a context handle
 * ({@link WordContext}) applies to the mentions with those words around them only, before the rules without one.
 * Applying them is a pure function of one article's text and extracted entities, so it gives the same result at
 * indexing and retroactively.
 */
public final class EntityRules {
    public static final EntityRules NONE = new EntityRules(List.of(), Map.of());

    /** The entities an article carries after the rules, and what the rules changed. */
    public record Resolution(Entities entities, List<Correction> corrections) {
    }

    private final List<EntityRule> rules;
    private final Map<String, Integer> lastRuleOfValue = new HashMap<>();
    private final List<Integer> mentionRules = new ArrayList<>();
    private final List<Integer> contextRules = new ArrayList<>();
    private final Map<String, String> automaticPersons;

    /** @param automaticPersons person variants and the canonical name each goes to ({@link PersonNameGroups}) */
    public EntityRules(List<EntityRule> rules, Map<String, String> automaticPersons) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < this.rules.size(); i++) {
            EntityRule r = this.rules.get(i);
            if (r.context() != null) contextRules.add(i);
            else if (r.action() == EntityRule.Action.NOT_ENTITY) mentionRules.add(i);
            else lastRuleOfValue.put(key(r.kind(), r.value()), i);
        }
        Map<String, String> automatic = new TreeMap<>(automaticPersons);
        automatic.keySet().removeIf(name -> lastRuleOfValue.containsKey(key("person", name)));
        this.automaticPersons = Map.copyOf(automatic);
    }

    public List<EntityRule> rules() {
        return rules;
    }

    public Map<String, String> automaticPersons() {
        return automaticPersons;
    }

    /**
     * The user's rules and the automatic person merges of a corpus: one name per person ({@link PersonNameGroups})
     * over the person names of all its articles, the names a user rule names left out.
     *
     * @param personArticles each extracted person name and the number of articles holding it
     */
    public static EntityRules forCorpus(List<EntityRule> user, Map<String, Integer> personArticles) {
        return forCorpus(user, personArticles, java.util.Set.of());
    }

    /**
     * As {@link #forCorpus(List, Map)}, knowing which suffixed names are a second person beside the name without the
     * suffix ({@link PersonNameGroups#canonicalNames(Map, java.util.Set)}: father and son).
     */
    public static EntityRules forCorpus(List<EntityRule> user, Map<String, Integer> personArticles,
                                        java.util.Set<String> twoPersons) {
        return forCorpus(user, personArticles, twoPersons, SlavicOnlyNames.NONE);
    }

    /**
     * As {@link #forCorpus(List, Map, java.util.Set)}, the names only articles in a Slavic language hold joined
     * across scripts and case endings ({@link PersonNameGroups#canonicalNames(Map, java.util.Set, SlavicOnlyNames)}).
     */
    public static EntityRules forCorpus(List<EntityRule> user, Map<String, Integer> personArticles,
                                        java.util.Set<String> twoPersons, SlavicOnlyNames slavicOnly) {
        return forCorpus(user, personArticles, twoPersons, slavicOnly, java.util.Set.of());
    }

    /**
     * As {@link #forCorpus(List, Map, java.util.Set, SlavicOnlyNames)}, knowing which real-name slips no article names
     * beside their person ({@link PersonNameGroups#realNameSlips}): those join it.
     */
    public static EntityRules forCorpus(List<EntityRule> user, Map<String, Integer> personArticles,
                                        java.util.Set<String> twoPersons, SlavicOnlyNames slavicOnly,
                                        java.util.Set<String> slipsApart) {
        EntityRules userOnly = new EntityRules(user, Map.of());
        Map<String, Integer> persons = new TreeMap<>(personArticles);
        persons.keySet().removeIf(name -> userOnly.namedByUser("person", name));
        return userOnly.withAutomaticPersons(PersonNameGroups.canonicalNames(persons, twoPersons, slavicOnly, slipsApart));
    }

    /** The same rules with other automatic merges. */
    public EntityRules withAutomaticPersons(Map<String, String> automatic) {
        return new EntityRules(rules, automatic);
    }

    /** Values (kind, name) a user rule names: their owners are not merged automatically. */
    public boolean namedByUser(String kind, String value) {
        return lastRuleOfValue.containsKey(key(kind, value));
    }

    /** "kind\tname" of every extracted value some rule may change (mention rules aside). */
    public Set<String> affectedValues() {
        Set<String> values = new HashSet<>(lastRuleOfValue.keySet());
        automaticPersons.keySet().forEach(name -> values.add(key("person", name)));
        for (int i : contextRules) {
            EntityRule r = rules.get(i);
            if (r.action() != EntityRule.Action.NOT_ENTITY) values.add(key(r.kind(), r.value()));
        }
        return values;
    }

    /** The not-entity rules, with a context handle or not: (kind, surface text, article id or null). */
    public List<EntityRule> mentionRules() {
        return rules.stream().filter(r -> r.action() == EntityRule.Action.NOT_ENTITY).toList();
    }

    public static String key(String kind, String value) {
        return kind + "\t" + value;
    }

    public boolean isEmpty() {
        return rules.isEmpty() && automaticPersons.isEmpty();
    }

    /** As {@link #apply(Entities, String, String)} without the text: rules with a context handle apply nowhere. */
    public Resolution apply(Entities extracted, String articleId) {
        return apply(extracted, articleId, null);
    }

    /**
     * Applies the rules to the entities extracted from the article {@code articleId}; {@code text} is the text their
     * mentions' offsets point into (the words a context handle reads).
     */
    public Resolution apply(Entities extracted, String articleId, String text) {
        if (isEmpty()) return new Resolution(extracted, List.of());
        Map<String, Map<String, Entity>> out = new LinkedHashMap<>();
        for (String kind : EntityRule.KINDS) out.put(kind, new LinkedHashMap<>());
        List<Correction> corrections = new ArrayList<>();
        Map<String, List<Entity>> byKind = Map.of("person", extracted.persons(), "country", extracted.countries(),
                "organization", extracted.organizations());
        for (String kind : EntityRule.KINDS) {
            for (Entity e : byKind.get(kind)) resolve(kind, e, articleId, text, out, corrections);
        }
        return new Resolution(new Entities(List.copyOf(out.get("person").values()),
                List.copyOf(out.get("country").values()), List.copyOf(out.get("organization").values())),
                List.copyOf(corrections));
    }

    private void resolve(String kind, Entity e, String articleId, String text, Map<String, Map<String, Entity>> out,
                         List<Correction> corrections) {
        List<Mention> mentions = new ArrayList<>(e.mentions());
        // Rules with a context handle first, in file order: they take the mentions the words around them pick.
        for (int i : contextRules) {
            EntityRule r = rules.get(i);
            if (!r.kind().equals(kind) || text == null) continue;
            if (r.action() == EntityRule.Action.NOT_ENTITY) {
                if (r.target() != null && !r.target().equals(articleId)) continue;
                if (mentions.removeIf(m -> m.text().strip().equalsIgnoreCase(r.value()) && inContext(r, text, m))) {
                    corrections.add(new Correction(kind, mentions.isEmpty() ? null : e.name(), r.value(), kind,
                            EntityRule.Action.NOT_ENTITY, i + 1));
                }
                continue;
            }
            if (!r.value().equals(e.name())) continue;
            List<Mention> picked = mentions.stream().filter(m -> inContext(r, text, m)).toList();
            if (picked.isEmpty()) continue;
            mentions.removeAll(picked);
            switch (r.action()) {
                case BLOCK -> corrections.add(new Correction(kind, null, e.name(), kind, r.action(), i + 1));
                case RETYPE -> {
                    corrections.add(new Correction(r.target(), e.name(), e.name(), kind, r.action(), i + 1));
                    place(r.target(), e.name(), kind, e.code(), picked, out, corrections);
                }
                default -> {
                    corrections.add(new Correction(kind, r.target(), e.name(), kind, r.action(), i + 1));
                    place(kind, r.target(), kind, e.code(), picked, out, corrections);
                }
            }
        }
        for (int i : mentionRules) {
            EntityRule r = rules.get(i);
            if (!r.kind().equals(kind) || (r.target() != null && !r.target().equals(articleId))) continue;
            if (mentions.removeIf(m -> m.text().strip().equalsIgnoreCase(r.value()))) {
                corrections.add(new Correction(kind, mentions.isEmpty() ? null : e.name(), r.value(), kind,
                        EntityRule.Action.NOT_ENTITY, i + 1));
            }
        }
        if (mentions.isEmpty() && !e.mentions().isEmpty()) return;
        place(kind, e.name(), kind, e.code(), mentions, out, corrections);
    }

    private static boolean inContext(EntityRule r, String text, Mention m) {
        return r.context().matches(text, m.start(), m.end());
    }

    /**
     * Files mentions under (kind, name) after the rules without a context handle and the automatic merges;
     * {@code fromKind} and {@code code}: the kind and code the mentions were extracted with.
     */
    private void place(String kind, String name, String fromKind, String code, List<Mention> mentions,
                       Map<String, Map<String, Entity>> out, List<Correction> corrections) {
        String k = kind;
        Set<String> seen = new HashSet<>();
        boolean byUser = false;
        // Rules chain (merge A into B, then B into C): followed until no rule applies, a loop stops it.
        for (Integer i = lastRuleOfValue.get(key(k, name)); i != null && seen.add(key(k, name));
             i = lastRuleOfValue.get(key(k, name))) {
            EntityRule r = rules.get(i);
            byUser = true;
            switch (r.action()) {
                case BLOCK -> {
                    corrections.add(new Correction(k, null, name, k, r.action(), i + 1));
                    return;
                }
                case RETYPE -> {
                    corrections.add(new Correction(r.target(), name, name, k, r.action(), i + 1));
                    k = r.target();
                }
                default -> {
                    corrections.add(new Correction(k, r.target(), name, k, r.action(), i + 1));
                    name = r.target();
                }
            }
        }
        if (!byUser && k.equals("person") && automaticPersons.containsKey(name)) {
            String canonical = automaticPersons.get(name);
            corrections.add(new Correction(k, canonical, name, k, EntityRule.Action.MERGE, 0));
            name = canonical;
        }
        Entity kept = out.get(k).get(name);
        // A country keeps its ISO code and a national body its country's, as long as it stays of its kind.
        String keptCode = kept != null && kept.code() != null ? kept.code()
                : k.equals(fromKind) && !k.equals("person") || k.equals("country") ? code : null;
        List<Mention> all = new ArrayList<>(kept == null ? List.of() : kept.mentions());
        all.addAll(mentions);
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        out.get(k).put(name, new Entity(name, keptCode, all.stream().distinct().toList()));
    }
}
