package nl.ingrado.portal.question.control;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Safe formatting for advisers' answers and knowledge-base articles: Markdown (CommonMark) to HTML,
 * raw HTML escaped by the renderer and the result cleaned by a jsoup safelist as a second wall, so
 * what an adviser or a pasted text contains can never run script in a member's browser.
 */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h2", "h3", "h4", "table", "thead", "tbody", "tr",
                    "th", "td", "hr")
            .addAttributes("a", "rel").addEnforcedAttribute("a", "rel", "noopener nofollow")
            .removeProtocols("a", "href", "ftp", "mailto").addProtocols("a", "href", "mailto");

    private Markdown() {
    }

    /** The HTML of {@code markdown}, safe to show as is; empty for null or blank text. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFE);
    }

    /** The text of {@code markdown} without its markup, for search, previews and plain-text mail. */
    public static String toText(String markdown) {
        return markdown == null ? "" : Jsoup.parse(toHtml(markdown)).text();
    }
}
