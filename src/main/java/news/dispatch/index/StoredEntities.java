package news.dispatch.index;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;
import news.dispatch.entity.NewsEntityExtractor;

/**
 * The entities of one article as stored in the index: offsets point into the title or the body, so the page can
 * mark them in the text it shows.
 */
public record StoredEntities(List<StoredEntity> persons, List<StoredEntity> countries, List<StoredEntity> organizations) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEPARATOR = "\n\n";

    public StoredEntities {
        persons = List.copyOf(persons);
        countries = List.copyOf(countries);
        // Indexes written before organizations existed have none stored.
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }

    /** The text the extractor reads for an article: its title and body as paragraphs. */
    public static String extractorText(String title, String body) {
        return title.isEmpty() ? body : title + SEPARATOR + body;
    }


    /** Maps offsets into {@link #extractorText} back to the title or the body; the about flags unknown. */
    public static StoredEntities of(Entities entities, String title) {
        return of(entities, null, title);
    }

    /**
     * The entities as extracted, kept to re-apply the rules: as {@link #of(Entities, String)}, and in an article in a
     * Slavic language its lone names too ("Юлию", "Мей"), which are no facet value but which the index-wide step may
     * join to a full name (Yulia Skripal, Theresa May); dropped here they would never reach it.
     */
    public static StoredEntities extracted(Entities entities, String title, String language) {
        return of(entities, null, title, news.dispatch.entity.person.SlavicPersons.reads(language));
    }

    /**
     * The entities without the lone names {@link #extracted} keeps that no rule joined: what the facets, the about
     * sets and the article view read, as before those names were kept.
     */
    public static Entities identified(Entities entities) {
        if (entities.persons().stream().allMatch(p -> NewsEntityExtractor.identifies(p.name()))) return entities;
        return new Entities(entities.persons().stream().filter(p -> NewsEntityExtractor.identifies(p.name())).toList(),
                entities.countries(), entities.organizations());
    }

    /** True when a person of these is no facet value: a lone name kept by {@link #extracted}. */
    public boolean holdsLoneNames() {
        return persons.stream().anyMatch(p -> !NewsEntityExtractor.identifies(p.name()));
    }

    /**
     * Maps offsets into {@link #extractorText} back to the title or the body, each entity flagged with whether the
     * article is about it ({@code about} null: not known).
     */
    public static StoredEntities of(Entities entities, AboutSets about, String title) {
        return of(entities, about, title, false);
    }

    /** As {@link #of(Entities, AboutSets, String)}, the lone names kept where {@code keepLoneNames}. */
    private static StoredEntities of(Entities entities, AboutSets about, String title, boolean keepLoneNames) {
        int bodyStart = title.isEmpty() ? 0 : title.length() + SEPARATOR.length();
        // Persons a reader can filter by only: the page links every listed person to its facet value.
        List<Entity> persons = keepLoneNames ? entities.persons()
                : entities.persons().stream().filter(p -> NewsEntityExtractor.identifies(p.name())).toList();
        return new StoredEntities(map(persons, about == null ? null : about.persons(), title.length(), bodyStart),
                map(entities.countries(), about == null ? null : about.countries(), title.length(), bodyStart),
                map(entities.organizations(), about == null ? null : about.organizations(), title.length(), bodyStart));
    }

    /**
     * Back to the extractor's entities, offsets into {@link #extractorText}: {@code of(toEntities(title), title)}
     * gives these stored entities again, so rules applied to them give what indexing would.
     */
    public Entities toEntities(String title) {
        int bodyStart = title.isEmpty() ? 0 : title.length() + SEPARATOR.length();
        return new Entities(unmap(persons, bodyStart), unmap(countries, bodyStart), unmap(organizations, bodyStart));
    }

    private static List<Entity> unmap(List<StoredEntity> stored, int bodyStart) {
        List<Entity> entities = new ArrayList<>(stored.size());
        for (StoredEntity e : stored) {
            List<Mention> mentions = new ArrayList<>(e.mentions().size());
            for (FieldMention m : e.mentions()) {
                int shift = m.field().equals(Schema.TITLE) ? 0 : bodyStart;
                mentions.add(new Mention(m.start() + shift, m.end() + shift, m.text(), m.reason()));
            }
            entities.add(new Entity(e.name(), e.code(), mentions));
        }
        return entities;
    }

    private static List<StoredEntity> map(List<Entity> entities, java.util.Set<String> about, int titleEnd,
                                          int bodyStart) {
        List<StoredEntity> stored = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<FieldMention> mentions = new ArrayList<>(e.mentions().size());
            for (Mention m : e.mentions()) {
                if (bodyStart > 0 && m.end() <= titleEnd) {
                    mentions.add(new FieldMention(Schema.TITLE, m.start(), m.end(), m.text(), m.reason()));
                } else if (m.start() >= bodyStart) {
                    mentions.add(new FieldMention(Schema.BODY, m.start() - bodyStart, m.end() - bodyStart, m.text(),
                            m.reason()));
                }
                // A mention across the title/body break has no place in either field; the entity still counts.
            }
            stored.add(new StoredEntity(e.name(), e.code(), mentions, about == null ? null : about.contains(e.name())));
        }
        return stored;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored form of the index ({@link CompactEntities}); the title and body give the mentions' texts back. */
    public byte[] toBytes(String title, String body) {
        return CompactEntities.encode(this, title, body);
    }

    /**
     * The entities of a stored article: the compact bytes of this scheme ({@link #toBytes}), the JSON of an index
     * written before it, or none ({@code field} null).
     */
    public static StoredEntities fromStored(org.apache.lucene.index.IndexableField field, String title, String body) {
        if (field == null) return fromJson(null);
        org.apache.lucene.util.BytesRef bytes = field.binaryValue();
        return bytes != null ? CompactEntities.decode(bytes, title, body) : fromJson(field.stringValue());
    }

    public static StoredEntities fromJson(String json) {
        if (json == null) return new StoredEntities(List.of(), List.of(), List.of());
        try {
            return JSON.readValue(json, StoredEntities.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored entities do not parse: " + e.getOriginalMessage(), e);
        }
    }
}
