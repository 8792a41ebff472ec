package news.dispatch.entity.model;

/** A span the NER model tagged: PERSON, LOCATION, ORGANIZATION or MISC, with UTF-16 offsets into the text. */
public record ModelSpan(String tag, int start, int end) {

    public boolean isPerson() {
        return tag.equals("PERSON");
    }

    public boolean isOrganization() {
        return tag.equals("ORGANIZATION");
    }

    public boolean isLocation() {
        return tag.equals("LOCATION");
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
