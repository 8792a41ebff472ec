package news.dispatch.entity.person;

import java.util.Set;

import news.dispatch.entity.GazetteerFile;

/**
 * Polish women's given names (polish-womens-given-names.txt). Every one ends in -a, as a man's given name in the
 * genitive does (Krystyna, Krystyn's genitive), and before a surname in -a the grammar alone cannot tell the two
 * apart ("Krystyna Janda" or Krystyn Jand's genitive); the name tables read here are world news figures' and seldom
 * list a Polish woman. A name of this list is a woman's far more often than the rare man's name it may be a case of,
 * so it is her nominative as written, and her surname with it.
 */
final class PolishWomensGivenNames {
    private static final Set<String> NAMES = GazetteerFile.words("polish-womens-given-names.txt");

    private PolishWomensGivenNames() {
    }

    /** A Polish word written as a listed woman's given name in the nominative. */
    static boolean nominative(String word, String language) {
        return "pl".equals(language) && NAMES.contains(word);
    }
}
