package nl.ingrado.portal.question.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.question.boundary.ArticleEditor.ArticleText;
import nl.ingrado.portal.question.boundary.ArticleEditor.Draft;
import nl.ingrado.portal.shared.entity.Lengths;

/** The article editor's form on /adviser/article.xhtml: theme, title, Markdown text, audience, related articles. */
@Getter
@Setter
public class ArticleForm extends KnowledgeItemForm {

    @Serial
    private static final long serialVersionUID = 1L;

    @Size(max = Lengths.ARTICLE_BODY)
    private String body;

    private List<Long> related = new ArrayList<>();

    private int version;

    void fill(Draft draft) {
        setTheme(draft.text().themeCode());
        setTitle(draft.text().title());
        body = draft.text().body();
        setMembersOnly(draft.text().membersOnly());
        related = new ArrayList<>(draft.relatedIds());
        version = draft.version();
    }

    ArticleText text() {
        return new ArticleText(getTheme(), getTitle(), body, isMembersOnly());
    }
}
