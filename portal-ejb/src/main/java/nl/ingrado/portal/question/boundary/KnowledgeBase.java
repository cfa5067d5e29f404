package nl.ingrado.portal.question.boundary;

import jakarta.ejb.Stateless;
import java.util.List;

/**
 * The knowledge base (kennisbank) as the question desk sees it: published articles that match what a
 * member types, and a draft article made from an answered question.
 */
@Stateless
public class KnowledgeBase {

    /** An article found by a search; {@code snippetHtml} is escaped text with the matching words in <mark>. */
    public record ArticleHit(long id, String title, String themeCode, String snippetHtml,
            boolean membersOnly) {
    }

    /**
     * The published, current articles that best match {@code text}, best first: public ones for anyone,
     * members-only ones too when {@code premium}; {@code themeCode} null for every theme.
     */
    public List<ArticleHit> search(String text, String themeCode, boolean premium, int max) {
        return List.of();
    }

    /**
     * A draft article from an answered question: an editable, anonymised copy of its title, question
     * and answer (names, addresses, numbers and dates replaced), never published by itself.
     *
     * @return the draft's id, to open it in the article editor
     */
    public long draftFromQuestion(String themeCode, String title, String question, String answerMarkdown,
            String adviserEmail) {
        throw new UnsupportedOperationException("the knowledge base is not built yet");
    }
}
