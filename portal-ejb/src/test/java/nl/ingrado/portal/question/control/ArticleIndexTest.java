package nl.ingrado.portal.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ingrado.portal.question.control.ArticleIndex.Row;
import org.junit.jupiter.api.Test;

class ArticleIndexTest {

    private final ArticleIndex index = ArticleIndex.of(List.of(
            new Row(1, "vrijstellingen", "Vrijstellingen van de leerplicht",
                    "Welke vrijstellingen kent de Leerplichtwet? Artikel 5 en artikel 15.", false),
            new Row(2, "in-uitschrijvingen", "Een leerling uitschrijven",
                    "De school meldt de uitschrijving binnen zeven dagen bij de gemeente.", false),
            new Row(3, "verzuim-verlof", "Verlof buiten de schoolvakanties",
                    "Vrijstelling van geregeld schoolbezoek is geen verlof <b>zoals</b> bedoeld.", true)));

    @Test
    void findsDutchWordForms() {
        assertEquals(1, index.search("vrijstelling", null, false, 10).get(0).id());
        assertEquals(2, index.search("uitschrijving", null, false, 10).get(0).id());
        assertEquals(2, index.search("uitschrijven", null, false, 10).get(0).id());
    }

    @Test
    void ranksTitlesFirstAndMarksMatchesInEscapedText() {
        var hits = index.search("vrijstellingen", null, true, 10);
        assertEquals(List.of(1L, 3L), hits.stream().map(ArticleIndex.Hit::id).toList());
        assertTrue(hits.get(0).titleHtml().contains("<mark>Vrijstellingen</mark>"), hits.get(0).titleHtml());
        assertTrue(hits.get(1).snippetHtml().contains("<mark>Vrijstelling</mark>"),
                hits.get(1).snippetHtml());
        assertTrue(hits.get(1).snippetHtml().contains("&lt;b&gt;"), hits.get(1).snippetHtml());
    }

    @Test
    void keepsMembersOnlyArticlesAndOtherThemesOut() {
        assertEquals(List.of(1L),
                index.search("vrijstelling", null, false, 10).stream().map(ArticleIndex.Hit::id)
                        .toList());
        assertEquals(List.of(3L), index.search("vrijstelling", "verzuim-verlof", true, 10).stream()
                .map(ArticleIndex.Hit::id).toList());
        assertTrue(index.search("de het een", null, true, 10).isEmpty());
    }
}
