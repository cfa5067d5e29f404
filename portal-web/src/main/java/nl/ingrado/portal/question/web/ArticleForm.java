package nl.ingrado.portal.question.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
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
public class ArticleForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    private String theme;

    @NotBlank
    @Size(max = Lengths.TITLE)
    private String title;

    @Size(max = Lengths.ARTICLE_BODY)
    private String body;

    private boolean membersOnly;

    private List<Long> related = new ArrayList<>();

    private int version;

    void fill(Draft draft) {
        theme = draft.text().themeCode();
        title = draft.text().title();
        body = draft.text().body();
        membersOnly = draft.text().membersOnly();
        related = new ArrayList<>(draft.relatedIds());
        version = draft.version();
    }

    ArticleText text() {
        return new ArticleText(theme, title, body, membersOnly);
    }
}
