package news.dispatch.entity.person;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import news.dispatch.entity.Mention;
import news.dispatch.entity.model.ModelSpan;
import news.dispatch.entity.text.Token;

/**
 * One label per name in a document: where the model tagged "Teesta Setalvad" as a person once, the later
 * "Setalvad" it left untagged is her too. Each person's full name and surname, written out where no model span
 * lies, become mentions of that person. A surname that is also a place ("Jordan") or shared by two persons of
 * the article is left alone; a Korean name's surname is its first word ({@link PersonName#surname}: "Moon Jae-in" …
 * "Moon said"). Linear: one pass over the text's tokens ({@code Tokenizer.tokens}, made once by the extractor) with
 * hash lookups.
 */
final class UntaggedMentions {
    private UntaggedMentions() {
    }

    static void add(String text, List<Token> tokens, List<ModelSpan> spans, Map<String, List<Mention>> byName, Predicate<String> placeWord) {
        Map<String, String> personOfSurname = new HashMap<>();
        Map<String, String[]> wordsOfPerson = new HashMap<>();
        for (String name : byName.keySet()) {
            if (!PersonName.isFull(name)) continue;
            String[] words = PersonName.words(name);
            String surname = PersonName.surname(name);
            if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0)) || placeWord.test(surname)) continue;
            wordsOfPerson.put(name, words);
            // Two persons of one surname: a lone one is neither.
            personOfSurname.merge(surname, name, (a, b) -> a.equals(b) ? a : "");
        }
        if (personOfSurname.isEmpty()) return;
        boolean[] tagged = taggedChars(text.length(), spans, byName);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String name = personOfSurname.get(t.text());
            if (name == null || name.isEmpty() || tagged[t.start()]) continue;
            int from = i;
            String[] words = wordsOfPerson.get(name);
            // The whole name written before the surname ("Teesta Setalvad"), if it is.
            if (i >= words.length - 1) {
                boolean whole = true;
                for (int k = 0; k < words.length - 1 && whole; k++) {
                    Token w = tokens.get(i - (words.length - 1) + k);
                    whole = w.text().equals(words[k]) && !tagged[w.start()];
                }
                if (whole) from = i - (words.length - 1);
            }
            int start = tokens.get(from).start();
            byName.get(name).add(new Mention(start, t.end(), text.substring(start, t.end()), "same name as " + name + " (untagged)"));
        }
        for (List<Mention> mentions : byName.values()) mentions.sort(Comparator.comparingInt(Mention::start));
    }

    private static boolean[] taggedChars(int length, List<ModelSpan> spans, Map<String, List<Mention>> byName) {
        boolean[] tagged = new boolean[length + 1];
        for (ModelSpan s : spans) for (int i = s.start(); i < s.end(); i++) tagged[i] = true;
        for (List<Mention> mentions : byName.values()) for (Mention m : mentions) for (int i = m.start(); i < m.end(); i++) tagged[i] = true;
        return tagged;
    }
}
