package nl.ingrado.portal.question.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.question.boundary.KnowledgeBase;
import nl.ingrado.portal.question.boundary.KnowledgeBase.ArticleView;
import nl.ingrado.portal.shared.web.Pages;
import org.omnifaces.util.Faces;

/**
 * /knowledge/article.xhtml?id= : one article, public or (for premium members, staff and advisers)
 * members-only; others see its title and that it is for members. An outdated article's address sends
 * the reader on to the article that replaces it, which says so. Drafts exist only for editors.
 */
@Named
@RequestScoped
public class ViewArticle {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    CurrentReader reader;

    @Getter
    @Setter
    private Long id;
    /** The outdated article the reader came from, to say this one replaces it. */
    @Getter
    @Setter
    private Long from;
    @Getter
    private ArticleView article;
    @Getter
    private String replacedTitle;

    public void load() throws IOException {
        var found = Pages.found(id == null ? Optional.empty() : knowledgeBase.article(id, reader.reader()),
                "no such article");
        if (found == null) {
            return;
        }
        if (found.replacedById() != null && !reader.isEditor()) {
            Faces.redirect("knowledge/article.xhtml?id=" + found.replacedById() + "&from=" + found.id());
            return;
        }
        article = found;
        if (from != null) {
            replacedTitle = knowledgeBase.article(from, reader.reader())
                    .filter(old -> id.equals(old.replacedById())).map(ArticleView::title).orElse(null);
        }
        if (article.published() && !article.locked() && !reader.isEditor()) {
            knowledgeBase.recordRead(id);
        }
    }
}
