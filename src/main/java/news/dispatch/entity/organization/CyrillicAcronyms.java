package news.dispatch.entity.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Latin acronym as Cyrillic news writes it, letter for letter: TLP is ТЛП, BRICS БРИКС, ASEAN АСЕАН, DUP ДЮП or
 * ДУП (an English U is read "yu"), and Ukrainian writes I as І (БРІКС). Only acronyms of three letters or more: two
 * Cyrillic capitals are too many things (АП, ЕС). An acronym spelled out letter by letter in speech (CIA, BBC:
 * ЦРУ, Би-би-си) is a translation, not a transliteration, and is listed in the tables where known.
 */
final class CyrillicAcronyms {
    /** The Cyrillic letters of each Latin capital; several where Russian, Bulgarian and Ukrainian differ. */
    private static final Map<Character, List<String>> LETTERS = Map.ofEntries(
            Map.entry('A', List.of("А")), Map.entry('B', List.of("Б")), Map.entry('C', List.of("К")),
            Map.entry('D', List.of("Д")), Map.entry('E', List.of("Е")), Map.entry('F', List.of("Ф")),
            Map.entry('G', List.of("Г")), Map.entry('H', List.of("Х")), Map.entry('I', List.of("И", "І")),
            Map.entry('K', List.of("К")), Map.entry('L', List.of("Л")), Map.entry('M', List.of("М")),
            Map.entry('N', List.of("Н")), Map.entry('O', List.of("О")), Map.entry('P', List.of("П")),
            Map.entry('R', List.of("Р")), Map.entry('S', List.of("С")), Map.entry('T', List.of("Т")),
            Map.entry('U', List.of("У", "Ю")), Map.entry('V', List.of("В")), Map.entry('Z', List.of("З")));
    private static final int MAX_FORMS = 8;

    private CyrillicAcronyms() {
    }

    /** The Cyrillic forms of a Latin acronym of three to six capitals; none for any other name. */
    static List<String> of(String acronym) {
        if (acronym.length() < 3 || acronym.length() > 6) return List.of();
        List<String> forms = List.of("");
        for (char c : acronym.toCharArray()) {
            List<String> letters = LETTERS.get(c);
            if (letters == null) return List.of(); // a digit, a dot, a lower-case letter or a letter with no one reading
            List<String> next = new ArrayList<>();
            for (String form : forms) for (String letter : letters) next.add(form + letter);
            if (next.size() > MAX_FORMS) return List.of();
            forms = next;
        }
        return forms;
    }
}
