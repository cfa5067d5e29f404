package nl.ingrado.portal.newsletter.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The formatting an edition item may use: paragraphs, emphasis, lists, quotes and http(s)/mailto
 * links. Everything else (scripts, styles, event handlers, images, forms) is removed when the item
 * is saved, so what is stored is safe to show on the web archive and in mail as it is.
 */
public final class SafeHtml {

    private static final Safelist SAFELIST = Safelist.basic()
            .removeTags("span")
            .addTags("h3", "h4")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "title");

    private SafeHtml() {
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        var settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, settings).trim();
    }

    /** The same text for the plain-text alternative: paragraphs apart, list items with a dash, links with their URL. */
    public static String toText(String safeHtml) {
        var body = Jsoup.parseBodyFragment(safeHtml == null ? "" : safeHtml).body();
        var out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e) {
                    switch (e.normalName()) {
                        case "li" -> out.append("\n- ");
                        case "br" -> out.append('\n');
                        case "p", "h3", "h4", "ul", "ol", "blockquote", "pre" -> paragraph(out);
                        default -> {
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    switch (e.normalName()) {
                        case "a" -> {
                            var href = e.attr("href");
                            if (!href.isBlank() && !href.equals(e.text())) {
                                out.append(" (").append(href).append(')');
                            }
                        }
                        case "p", "h3", "h4", "ul", "ol", "blockquote", "pre" -> paragraph(out);
                        default -> {
                        }
                    }
                }
            }
        }, body);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void paragraph(StringBuilder out) {
        int len = out.length();
        if (len == 0) {
            return;
        }
        if (out.charAt(len - 1) != '\n') {
            out.append("\n\n");
        } else if (len < 2 || out.charAt(len - 2) != '\n') {
            out.append('\n');
        }
    }
}
