package news.dispatch.entity.correction;

/**
 * What a rule changed in one article, for the article view: "merged from 'Chris Stevens' by rule 3".
 *
 * @param kind   the kind the value has now (for a removed value: the kind it had)
 * @param name   the value the article carries now, or null when the rule removed it
 * @param from   the value as extracted
 * @param fromKind the kind as extracted
 * @param action the rule's action
 * @param rule   the rule's number in the overrides file, or 0 for an automatic rule (one name per person)
 */
public record Correction(String kind, String name, String from, String fromKind, EntityRule.Action action, int rule) {
    /** "merged from 'Chris Stevens' by rule 3"; "merged from 'John A. Boehner' (same person, automatic)". */
    public String describe() {
        String what = switch (action) {
            case RETYPE -> action.done() + " " + fromKind + " '" + from + "'";
            case BLOCK -> "blocked " + fromKind + " '" + from + "'";
            case NOT_ENTITY -> "'" + from + "' is not a " + fromKind;
            default -> action.done() + " '" + from + "'";
        };
        return what + (rule > 0 ? " by rule " + rule : " (same person: automatic)");
    }
}
