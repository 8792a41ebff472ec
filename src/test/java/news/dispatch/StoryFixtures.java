package news.dispatch;

/**
 * Small articles for story tests: one wire story in two versions (a copy edited by a second outlet), and an unrelated
 * article. As JSON Lines records.
 */
public final class StoryFixtures {
    public static final String WIRE = "Finance ministers of the seven leading industrial nations agreed on Saturday to"
            + " keep their currencies stable around current levels and to coordinate intervention if the dollar falls"
            + " further, officials said after the meeting in Paris. The ministers also asked Japan and West Germany to"
            + " do more to stimulate demand at home, and said that the United States would cut its budget deficit."
            + " Markets had expected a firmer statement, dealers said, and the dollar eased in early trading in Tokyo.";
    public static final String REWRITE = "Finance ministers of the seven leading industrial nations agreed on Saturday"
            + " to keep their currencies stable around current levels and to coordinate intervention if the dollar"
            + " falls further, officials said after the meeting in Paris. The ministers also asked Japan and West"
            + " Germany to do more to stimulate demand at home, and said that the United States would cut its budget"
            + " deficit. Markets had expected a firmer statement, dealers said.";
    public static final String OTHER = "Heavy rain flooded the lower town of the river valley overnight and the army"
            + " was called in to help hundreds of families leave their homes, the regional governor told reporters on"
            + " Sunday, adding that schools would stay closed until the water receded.";

    private StoryFixtures() {
    }

    /** A JSON Lines record (the texts above need no escaping). */
    public static String article(String id, String title, String body, String date, String source) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body + "\", \"date\": \"" + date
                + "\", \"source\": \"" + source + "\"}";
    }

    /** Two versions of the wire story (ids wire-b and wire-a) and the unrelated article (flood), one day. */
    public static String threeArticles() {
        return String.join("\n",
                article("wire-b", "G7 agrees to keep currencies stable", WIRE, "2022-03-05T10:00:00Z", "Wire One"),
                article("flood", "Floods force families from homes", OTHER, "2022-03-05T11:00:00Z", "Valley Daily"),
                article("wire-a", "Ministers agree currency deal in Paris", REWRITE, "2022-03-05T14:00:00Z", "Paper Two"))
                + "\n";
    }
}
