package news.dispatch.entity.text;

/** A word, abbreviation ("U.S."), number or punctuation mark of a text, with its UTF-16 span. */
public record Token(String text, int start, int end) {

    public boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    /** True for words written in capitals only ("RUSSIA"), as in wire headlines. */
    boolean isAllCaps() {
        return isWord() && text.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }
}
