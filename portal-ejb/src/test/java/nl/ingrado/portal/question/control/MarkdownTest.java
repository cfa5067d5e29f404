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
            assertFalse(html.contains("<script"), html);
            // escaped text may show the words; no element or attribute may carry them
            assertFalse(html.contains("href=\"javascript:"), html);
            assertFalse(html.contains("<img"), html);
            assertFalse(html.contains("<a href=\"javascript"), html);
            assertFalse(html.contains("href=\"data:"), html);
        }
    }

    @Test
    void plainTextDropsTheMarkup() {
        assertEquals("Vrijstelling op grond van artikel 5",
                Markdown.toText("*Vrijstelling* op grond van **artikel 5**"));
        assertEquals("", Markdown.toHtml(null));
    }
}
