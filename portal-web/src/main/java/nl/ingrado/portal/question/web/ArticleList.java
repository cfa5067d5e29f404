package nl.ingrado.portal.question.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.question.boundary.ArticleEditor;

/** /adviser/articles.xhtml: every article for advisers and staff, drafts first; a new one starts here. */
@Named
@RequestScoped
public class ArticleList {

    @Inject
    ArticleEditor articles;

    @Inject
    CurrentReader reader;

    @Getter
    private List<ArticleEditor.Row> rows = List.of();

    public void load() throws IOException {
        if (reader.refuseNonEditor()) {
            return;
        }
        rows = articles.all(reader.editor());
    }
}
