package news.dispatch.corpus;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML element: paragraphs and other blocks separated by a blank line, a
 * {@code <br>} as a line break, table cells and options apart by a space, and runs of HTML whitespace collapsed
 * (except inside {@code <pre>}), as a browser would show it. The blocks are the elements the HTML rendering rules
 * display as blocks, list items or table parts: a boundary a reader sees must not glue the words on either side
 * ("<td>Joe</td><td>Biden</td>" is two words, not "JoeBiden", which no name search finds).
 */
final class HtmlText implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption",
            "table", "tr", "hr", "address", "details", "summary", "nav", "header", "footer", "aside", "hgroup",
            "search", "menu", "dir", "center", "form", "fieldset", "legend", "dialog", "caption", "thead", "tbody",
            "tfoot", "listing", "xmp", "plaintext", "frameset", "noframes", "optgroup");
    /** Inline boxes side by side that a browser still shows apart: table cells, a list box's options. */
    private static final Set<String> CELLS = Set.of("td", "th", "option");

    private final StringBuilder text = new StringBuilder();
    private int preDepth;
    private boolean pendingBreak;

    private HtmlText() {
    }

    static String of(Element root) {
        HtmlText visitor = new HtmlText();
        NodeTraversor.traverse(visitor, root);
        return visitor.text.toString().strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(preDepth > 0 ? t.getWholeText() : t.text());
        } else if (node instanceof Element e) {
            if (e.normalName().equals("br")) lineBreak();
            else if (BLOCKS.contains(e.normalName())) pendingBreak = true;
            if (e.normalName().equals("pre")) preDepth++;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            pendingBreak = true;
            if (e.normalName().equals("pre")) preDepth--;
        } else if (node instanceof Element e && CELLS.contains(e.normalName())) {
            appendText(" ");
        }
    }

    private void appendText(String s) {
        if (preDepth == 0 && s.isBlank()) {
            if (!s.isEmpty() && !text.isEmpty() && !pendingBreak && !endsWithSpace()) text.append(' ');
            return;
        }
        if (pendingBreak && !text.isEmpty()) {
            trimTrailingSpaces();
            text.append("\n\n");
            if (preDepth == 0) s = s.stripLeading();
        } else if (text.isEmpty() || text.charAt(text.length() - 1) == '\n') {
            if (preDepth == 0) s = s.stripLeading();
        }
        pendingBreak = false;
        text.append(s);
    }

    private void lineBreak() {
        trimTrailingSpaces();
        if (!text.isEmpty() && !pendingBreak) text.append('\n');
    }

    private boolean endsWithSpace() {
        char last = text.charAt(text.length() - 1);
        return last == ' ' || last == '\n';
    }

    private void trimTrailingSpaces() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        text.setLength(end);
    }
}
