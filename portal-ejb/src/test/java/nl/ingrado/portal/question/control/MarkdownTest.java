package nl.ingrado.portal.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void formatsListsLinksAndEmphasis() {
        var html = Markdown
                .toHtml("**Let op**: zie\n\n- artikel 5\n- [Leerplichtwet](https://wetten.overheid.nl/)");
        assertTrue(html.contains("<strong>Let op</strong>"), html);
        assertTrue(html.contains("<li>artikel 5</li>"), html);
        assertTrue(html.contains("href=\"https://wetten.overheid.nl/\""), html);
        assertTrue(html.contains("rel=\"noopener nofollow\""), html);
    }

    @Test
    void neverLetsScriptThrough() {
        for (var hostile : new String[]{"<script>alert(1)</script>", "[x](javascript:alert(1))",
                "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
                "[x](data:text/html;base64,PHNjcmlwdD4=)"}) {
            var html = Markdown.toHtml(hostile);
            // escaped text may show the words; no element or attribute may carry them
            var body = org.jsoup.Jsoup.parseBodyFragment(html).body();
            assertTrue(body.select("script, img, iframe, [onerror]").isEmpty(), html);
            for (var link : body.select("a")) {
                var href = link.attr("href");
                assertTrue(href.isEmpty() || href.startsWith("http"), html);
            }
        }
    }

    @Test
    void plainTextDropsTheMarkup() {
        assertEquals("Vrijstelling op grond van artikel 5",
                Markdown.toText("*Vrijstelling* op grond van **artikel 5**"));
        assertEquals("", Markdown.toHtml(null));
    }
}
