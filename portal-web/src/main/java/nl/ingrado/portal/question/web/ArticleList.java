package nl.ingrado.portal.question.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.question.boundary.ArticleEditor;
import nl.ingrado.portal.question.boundary.Themes;
import org.omnifaces.util.Faces;

/** /adviser/articles.xhtml: every article for advisers and staff, drafts first; a new one starts here. */
@Named
@RequestScoped
public class ArticleList {

    @Inject
    ArticleEditor articles;

    @Inject
    Themes themes;

    @Inject
    CurrentReader reader;

    @Getter
    private List<ArticleEditor.Row> rows = List.of();

    public void load() throws IOException {
        if (!reader.isEditor()) {
            Faces.responseSendError(403, "advisers and staff only");
            return;
        }
        rows = articles.all(reader.editor());
    }

    public String themeName(String code) {
        return themes.find(code).map(t -> t.name(Faces.getLocale())).orElse(code);
    }
}
