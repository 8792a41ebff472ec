package news.dispatch.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * A reproducible crowd of person names with article counts, in every shape the grouping treats apart: full names,
 * nicknames and short forms of several names, initials for the given name, middle initials and middle names, an
 * Arabic article before the surname, transliterated surnames, suffixes, digits.
 */
public final class GeneratedNames {
    private static final String[] GIVEN = {"John", "Jane", "Jon", "Christopher", "Chris", "Stephen", "Steven",
            "Steve", "Gerald", "Jeremy", "Jerry", "Robert", "Bob", "William", "Bill", "Rudolph", "Rudy", "Yevgeny",
            "Evgeny", "Vladimir", "Volodymyr", "Mohammed", "Muhammad", "Ali", "Alicia", "Abdul", "Abdullah",
            "Elizabeth", "Liz", "Beth", "Alexander", "Alex", "Aleksandr", "Joseph", "Joe", "Sergei", "Sergey",
            "Bashar", "Olena", "Yusuf", "Iusuf", "Katherine", "Kate", "Michael", "Mike", "Anna", "Ann"};
    private static final String[] SURNAME = {"Smith", "Zelensky", "Zelenskyy", "Gaddafi", "Qaddafi", "Kadhafi",
            "Assad", "al-Assad", "Hussein", "Hussain", "Shoigu", "Shoygu", "Haniyeh", "Haniya", "Berger", "Barker",
            "Cohen", "Cohan", "Huffman", "Hoffman", "Bush", "Adams", "Stevens", "Boehner", "Giuliani", "Prigozhin",
            "Biden", "Putin", "Lavrov", "Peskov"};
    private static final String[] MIDDLE = {"A.", "H. W.", "W.", "Quincy", "J.", "Lee"};

    private GeneratedNames() {
    }

    /** About {@code count} distinct names (some extra surnames are made up so that most of the crowd is new). */
    public static Map<String, Integer> of(int count, long seed) {
        Random random = new Random(seed);
        Map<String, Integer> names = new HashMap<>();
        int madeUp = Math.max(1, count / 12);
        while (names.size() < count) {
            String surname = random.nextInt(3) == 0 ? SURNAME[random.nextInt(SURNAME.length)]
                    : "Name" + letters(random.nextInt(madeUp));
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String name = switch (random.nextInt(10)) {
                case 0 -> given.charAt(0) + ". " + surname;
                case 1 -> given + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + surname;
                case 2 -> given + " al " + surname;
                case 3 -> random.nextInt(20) == 0 ? given + " " + surname + " Jr." : given.charAt(0) + ". "
                        + given + " " + surname;
                case 4 -> random.nextInt(30) == 0 ? given + " " + surname + "2" : given + " " + surname;
                default -> given + " " + surname;
            };
            names.merge(name, 1 + random.nextInt(50), Integer::sum);
        }
        return names;
    }

    /** A number spelled in letters (surnames carry no digits). */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }
}
