package news.dispatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The stored form of an article's entities ({@link Schema#ENTITIES}): what the JSON of {@link StoredEntities} says,
 * in about a tenth of its bytes (issue 29: the JSON was ~540 bytes an article on Reuters, a fifth of the index).
 * Why it is this small: every string once per article (a table: names, codes, reasons), numbers as variable-length
 * integers, a mention's text left out when it is the text at its offsets in the stored title or body (it always is,
 * unless the extractor read a character the field does not hold), and the mention's text left out of its reason
 * ("alias U.S." is stored as "alias " + a mark, so all of an article's aliases share one string).
 *
 * <p>Layout: a version byte; the string table (count, then each string); then persons, countries and organizations,
 * each a count of entities and per entity: name, code + 1 (0: none), about (0 unknown, 1 no, 2 yes), mention count,
 * and per mention: start × 2 + (1 for the body), length, reason (index + 1, 0: none; × 2, + 1 when it holds the mark),
 * text (index + 1; 0: the field's text at the offsets).
 */
final class CompactEntities {
    private static final byte VERSION = 1;
    /** Stands for the mention's text inside a reason; a reason already holding it is stored as it is. */
    private static final String MARK = "\u0001";

    private CompactEntities() {
    }

    static byte[] encode(StoredEntities entities, String title, String body) {
        Map<String, Integer> strings = new LinkedHashMap<>();
        ByteBuffersDataOutput refs = new ByteBuffersDataOutput();
        try {
            for (List<StoredEntity> kind : List.of(entities.persons(), entities.countries(), entities.organizations())) {
                refs.writeVInt(kind.size());
                for (StoredEntity e : kind) {
                    refs.writeVInt(index(strings, e.name()));
                    refs.writeVInt(e.code() == null ? 0 : index(strings, e.code()) + 1);
                    refs.writeByte((byte) (e.about() == null ? 0 : e.about() ? 2 : 1));
                    refs.writeVInt(e.mentions().size());
                    for (FieldMention m : e.mentions()) writeMention(refs, strings, m, title, body);
                }
            }
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            out.writeByte(VERSION);
            out.writeVInt(strings.size());
            for (String s : strings.keySet()) out.writeString(s);
            refs.copyTo(out);
            return out.toArrayCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: never
        }
    }

    private static void writeMention(ByteBuffersDataOutput out, Map<String, Integer> strings, FieldMention m,
                                     String title, String body) throws IOException {
        boolean inBody = m.field().equals(Schema.BODY);
        if (!inBody && !m.field().equals(Schema.TITLE)) {
            throw new IllegalArgumentException("a mention in " + m.field() + ", neither title nor body");
        }
        out.writeVInt(m.start() * 2 + (inBody ? 1 : 0));
        out.writeVInt(m.end() - m.start());
        String text = m.text() == null ? "" : m.text();
        if (m.reason() == null) {
            out.writeVInt(0);
        } else {
            boolean marked = !text.isEmpty() && m.reason().contains(text) && !m.reason().contains(MARK);
            String reason = marked ? m.reason().replace(text, MARK) : m.reason();
            out.writeVInt((index(strings, reason) + 1) * 2 + (marked ? 1 : 0));
        }
        boolean derived = text.equals(at(inBody ? body : title, m.start(), m.end()));
        out.writeVInt(derived ? 0 : index(strings, text) + 1);
    }

    static StoredEntities decode(BytesRef bytes, String title, String body) {
        try {
            return read(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length), title, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: never
        }
    }

    private static StoredEntities read(ByteArrayDataInput in, String title, String body) throws IOException {
        byte version = in.readByte();
        if (version != VERSION) throw new IllegalStateException("stored entities of an unknown version " + version);
        String[] strings = new String[in.readVInt()];
        for (int i = 0; i < strings.length; i++) strings[i] = in.readString();
        List<List<StoredEntity>> kinds = new ArrayList<>(3);
        for (int k = 0; k < 3; k++) {
            int count = in.readVInt();
            List<StoredEntity> kind = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String name = strings[in.readVInt()];
                int code = in.readVInt();
                byte about = in.readByte();
                int mentionCount = in.readVInt();
                List<FieldMention> mentions = new ArrayList<>(mentionCount);
                for (int j = 0; j < mentionCount; j++) mentions.add(readMention(in, strings, title, body));
                kind.add(new StoredEntity(name, code == 0 ? null : strings[code - 1], mentions,
                        about == 0 ? null : about == 2));
            }
            kinds.add(kind);
        }
        return new StoredEntities(kinds.get(0), kinds.get(1), kinds.get(2));
    }

    private static FieldMention readMention(ByteArrayDataInput in, String[] strings, String title, String body)
            throws IOException {
        int position = in.readVInt();
        boolean inBody = (position & 1) == 1;
        int start = position >>> 1;
        int end = start + in.readVInt();
        int reasonRef = in.readVInt();
        int textRef = in.readVInt();
        String text = textRef == 0 ? at(inBody ? body : title, start, end) : strings[textRef - 1];
        String reason = null;
        if (reasonRef != 0) {
            reason = strings[(reasonRef >>> 1) - 1];
            if ((reasonRef & 1) == 1) reason = reason.replace(MARK, text);
        }
        return new FieldMention(inBody ? Schema.BODY : Schema.TITLE, start, end, text, reason);
    }

    /** The text at the offsets, or null when they do not fit the field. */
    private static String at(String field, int start, int end) {
        if (field == null || start < 0 || end < start || end > field.length()) return null;
        return field.substring(start, end);
    }

    private static int index(Map<String, Integer> strings, String s) {
        return strings.computeIfAbsent(s, k -> strings.size());
    }
}
