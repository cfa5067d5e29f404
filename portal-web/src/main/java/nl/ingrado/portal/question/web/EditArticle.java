package nl.ingrado.portal.question.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.question.boundary.ArticleEditor;
import nl.ingrado.portal.question.boundary.ArticleEditor.Draft;
import nl.ingrado.portal.question.control.Markdown;
import nl.ingrado.portal.question.entity.ArticleStatus;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Pages;
import org.omnifaces.util.Faces;

/**
 * /adviser/article.xhtml?id= : write an article (without id: a new draft), also a draft made from a
 * question; publish it, mark it checked today, or mark it outdated with the article that replaces it.
 * For advisers and staff. Every POST redirects.
 */
@Named
@ViewScoped
public class EditArticle implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ArticleEditor articles;

    @Inject
    CurrentReader reader;

    @Getter
    @Setter
    private Long id;
    @Getter
    private Draft draft;
    @Getter
    private final ArticleForm form = new ArticleForm();
    @Getter
    @Setter
    private Long replacement;
    @Getter
    private List<ArticleEditor.Row> others = List.of();

    public void load() throws IOException {
        if (reader.refuseNonEditor()) {
            return;
        }
        others = articles.all(reader.editor()).stream()
                .filter(r -> (id == null || r.id() != id) && r.status() == ArticleStatus.PUBLISHED
                        && r.replacedById() == null)
                .toList();
        if (id == null) {
            return;
        }
        draft = Pages.found(articles.load(reader.editor(), id), "no such article");
        if (draft == null) {
            return;
        }
        form.fill(draft);
    }

    public void save() throws IOException {
        var editor = reader.editor();
        if (id == null) {
            long created = articles.create(editor, form.text());
            Feedback.flash("kb.editor.created");
            Faces.redirect("adviser/article.xhtml?id=" + created);
            return;
        }
        articles.save(editor, id, form.getVersion(), form.text(), form.getRelated());
        done("kb.editor.saved");
    }

    /** Saves what is in the form, then publishes the draft. */
    public void saveAndPublish() throws IOException {
        var editor = reader.editor();
        articles.save(editor, id, form.getVersion(), form.text(), form.getRelated());
        articles.publish(editor, id);
        Feedback.flash("kb.editor.published");
        Faces.redirect("knowledge/article.xhtml?id=" + id);
    }

    public void checkedToday() throws IOException {
        articles.checkedToday(reader.editor(), id);
        done("kb.editor.checked");
    }

    public void replace() throws IOException {
        articles.replace(reader.editor(), id, replacement);
        done("kb.editor.replaced");
    }

    public boolean isDraftStatus() {
        return draft != null && draft.status() == ArticleStatus.DRAFT;
    }

    public String getPreview() {
        return draft == null ? "" : Markdown.toHtml(draft.text().body());
    }

    /** Says what was done, and shows the article in the editor again. */
    private void done(String key) throws IOException {
        Feedback.flash(key);
        Faces.redirect("adviser/article.xhtml?id=" + id);
    }
}
