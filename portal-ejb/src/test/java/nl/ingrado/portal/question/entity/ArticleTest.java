package nl.ingrado.portal.question.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 9, 0);

    @Test
    void aDraftIsPublishedOnceWithAText() {
        var empty = Article.draft("avg", "Titel", " ", false, "a@example.nl", NOW);
        assertEquals("article.body.required",
                assertThrows(BusinessException.class, () -> empty.publish("a@example.nl", NOW)).messageKey());
        var article = Article.draft("avg", "  Titel  ", "Tekst", true, "a@example.nl", NOW);
        assertEquals("Titel", article.getTitle());
        assertFalse(article.isCurrent());
        article.publish("b@example.nl", NOW);
        assertTrue(article.isCurrent());
        assertEquals(NOW.toLocalDate(), article.getCheckedOn());
        assertEquals("b@example.nl", article.getUpdatedBy());
        assertThrows(BusinessException.class, () -> article.publish("b@example.nl", NOW));
        article.checked(LocalDate.of(2027, 1, 5), "c@example.nl", NOW.plusDays(33));
        assertEquals(LocalDate.of(2027, 1, 5), article.getCheckedOn());
    }

    @Test
    void refusesWhatCannotBeStored() {
        assertThrows(BusinessException.class, () -> Article.draft(null, "T", "x", false, "a", NOW));
        assertThrows(BusinessException.class, () -> Article.draft("avg", " ", "x", false, "a", NOW));
        assertThrows(BusinessException.class,
                () -> Article.draft("avg", "x".repeat(201), "x", false, "a", NOW));
        assertThrows(BusinessException.class,
                () -> Article.draft("avg", "T", "x".repeat(Article.MAX_BODY + 1), false, "a", NOW));
        var draft = Article.draft("avg", "T", "x", false, "a", NOW);
        assertThrows(BusinessException.class, () -> draft.checked(NOW.toLocalDate(), "a", NOW));
    }

    @Test
    void onlyAPublishedArticleIsReplacedAndOnlyByAnotherCurrentOne() {
        var old = published("Oud");
        var draft = Article.draft("avg", "Concept", "x", false, "a", NOW);
        assertThrows(BusinessException.class, () -> old.replaceBy(draft, "a", NOW));
        assertThrows(BusinessException.class, () -> old.replaceBy(old, "a", NOW));
        assertThrows(BusinessException.class, () -> draft.replaceBy(old, "a", NOW));
        var newer = published("Nieuw");
        var newest = published("Nieuwst");
        old.replaceBy(newer, "a", NOW);
        assertFalse(old.isCurrent());
        assertEquals(NOW, old.getOutdatedAt());
        assertThrows(BusinessException.class, () -> old.replaceBy(newest, "a", NOW), "once");
        assertThrows(BusinessException.class, () -> newest.replaceBy(old, "a", NOW),
                "not by an outdated one");
        newer.replaceBy(newest, "a", NOW);
        assertSame(newest, old.current(), "readers follow the chain to the current article");
    }

    @Test
    void isNeverRelatedToItself() {
        var article = published("Een");
        var other = published("Twee");
        article.relate(List.of(article, other), "a", NOW);
        assertEquals(1, article.related().size());
        assertTrue(article.related().contains(other));
    }

    private static Article published(String title) {
        var article = Article.draft("avg", title, "Tekst", false, "a", NOW);
        article.publish("a", NOW);
        return article;
    }
}
