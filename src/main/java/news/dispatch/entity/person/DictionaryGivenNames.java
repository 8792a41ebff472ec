package news.dispatch.entity.person;

import java.util.List;
import java.util.Optional;

import news.dispatch.entity.language.CommonWords;
import news.dispatch.entity.person.SlavicWords.Word;

/**
 * A Ukrainian given name's nominative as dict_uk, which lists given names with their case forms, has it: the vote
 * over case endings ({@link NamePartVote}) cut Дмитра to Дмитр (of Дмитро) and kept a woman's genitive before an
 * undeclined surname (Камілли Столтенберг, Стелли Кирі-Акідес) or a man's before a foreign one (Боба Марлі).
 * Used only when every written form of the given name reads as an oblique case of one and the same name: a form
 * that may be a nominative too keeps the vote, which weighs the surname's case (Пола Оффіта is Пол Оффіт's
 * genitive, though Пола is a woman's name as well; Тома Генкса, Том Генкс's).
 */
final class DictionaryGivenNames {
    private DictionaryGivenNames() {
    }

    /** The dictionary's nominative of the given name's written forms when they agree on one, else {@code voted}. */
    static String nominative(String voted, List<Word> forms, String language) {
        String agreed = null;
        for (Word form : forms) {
            Optional<String> nominative = form.initial() ? Optional.empty()
                    : CommonWords.animateNominative(form.text(), language);
            if (nominative.isEmpty() || agreed != null && !agreed.equals(nominative.get())) return voted;
            agreed = nominative.get();
        }
        return agreed == null ? voted : agreed;
    }
}
