package news.dispatch.entity.person;

import java.util.Set;

import news.dispatch.entity.language.CommonWords;

/**
 * A Ukrainian place or thing written right before a person's name, which the run of capitals glues to it: "у
 * Пенсільванії Трамп програв", "10 Вісконсину Байден має", "Перемога Байдена у Міннесоті", "Кампанія Трампа
 * заплатила". The first word is one dict_uk reads as no animate noun ({@link CommonWords#inanimate}), and its case
 * cannot be the name's: a given name agrees in case with its surname, so an oblique-only word before a nominative
 * (Пенсільванії Трамп) or a nominative before a genitive that is no nominative (Перемога Байдена: the head noun
 * and its possessor) is no given name; nor is it before a second such word, as a name has a word read as a person
 * (Нижній Рейн, Верхній Рейн: regions). Where the cases may agree the word stays a given name, as a woman's often
 * reads as a place too (Азія Бібі, Азії Бібі; Джорджія, Вірджинія).
 */
final class PlaceBeforeName {
    private static final String NOMINATIVE = "v_naz";
    private static final String GENITIVE = "v_rod";

    private PlaceBeforeName() {
    }

    /** The word {@code first}, right before {@code next} in a run of capitals, is a place or thing, not its given name. */
    static boolean placeBefore(String first, String next, String language) {
        if (!CommonWords.inanimate(first, language)) return false;
        Set<String> firstCases = CommonWords.cases(first, language);
        Set<String> nextCases = CommonWords.cases(next, language);
        if (firstCases.isEmpty() || nextCases.isEmpty()) return false;
        boolean obliqueBeforeNominative = !firstCases.contains(NOMINATIVE) && nextCases.contains(NOMINATIVE);
        boolean headBeforePossessor = firstCases.contains(NOMINATIVE) && !nextCases.contains(NOMINATIVE)
                && nextCases.contains(GENITIVE);
        return obliqueBeforeNominative || headBeforePossessor || CommonWords.inanimate(next, language);
    }
}
