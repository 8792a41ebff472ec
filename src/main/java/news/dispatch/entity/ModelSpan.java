package news.dispatch.entity;

/** A span the NER model tagged: PERSON, LOCATION, ORGANIZATION or MISC, with UTF-16 offsets into the text. */
public record ModelSpan(String tag, int start, int end) {

    public boolean isPerson() {
        return tag.equals("PERSON");
    }

    boolean isOrganization() {
        return tag.equals("ORGANIZATION");
    }

    boolean isLocation() {
        return tag.equals("LOCATION");
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
