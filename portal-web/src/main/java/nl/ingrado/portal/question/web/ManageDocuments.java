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
import nl.ingrado.portal.question.boundary.KnowledgeDocuments;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Pages;
import nl.ingrado.portal.shared.web.UploadedFile;
import org.omnifaces.util.Faces;

/**
 * /adviser/documents.xhtml: advisers and staff add a document (PDF, Word or Excel, checked by content)
 * or a new version of one; the newest version becomes the default download. With {@code ?id=} the form
 * changes that document's theme, title, description and audience instead. Every POST redirects.
 */
@Named
@ViewScoped
public class ManageDocuments implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeDocuments documents;

    @Inject
    CurrentReader reader;

    @Getter
    @Setter
    private Long id;
    private transient KnowledgeDocuments.Listed editing;
    @Getter
    private final DocumentForm form = new DocumentForm();
    @Getter
    private final VersionForm versionForm = new VersionForm();
    private transient List<KnowledgeDocuments.Listed> list;

    public void load() throws IOException {
        if (reader.refuseNonEditor()) {
            return;
        }
        if (id != null) {
            editing = Pages.found(documents.find(id, reader.reader()), "no such document");
            if (editing == null) {
                return;
            }
            form.setTheme(editing.themeCode());
            form.setTitle(editing.title());
            form.setDescription(editing.description());
            form.setMembersOnly(editing.membersOnly());
        }
    }

    /** Read again after the session moved to another node: the save button is rendered only with it. */
    public KnowledgeDocuments.Listed getEditing() {
        if (editing == null && id != null) {
            editing = documents.find(id, reader.reader()).orElse(null);
        }
        return editing;
    }

    public List<KnowledgeDocuments.Listed> getList() {
        if (list == null) {
            list = documents.list(null, reader.reader(), false);
        }
        return list;
    }

    public void save() throws IOException {
        documents.edit(reader.editor(), id, form.getTheme(), form.getTitle(), form.getDescription(),
                form.isMembersOnly());
        done("kb.documents.saved");
    }

    public void add() throws IOException {
        var file = UploadedFile.read(form.getFile(), KnowledgeDocuments.MAX_BYTES, "file",
                "kbdocument.file.tooLarge", KnowledgeDocuments.MAX_BYTES / 1024 / 1024);
        documents.add(reader.editor(), form.getTheme(), form.getTitle(), form.getDescription(),
                form.isMembersOnly(), file == null ? null : file.name(),
                file == null ? null : file.content());
        done("kb.documents.added");
    }

    public void addVersion() throws IOException {
        var file = UploadedFile.read(versionForm.getFile(), KnowledgeDocuments.MAX_BYTES, "versionFile",
                "kbdocument.file.tooLarge", KnowledgeDocuments.MAX_BYTES / 1024 / 1024);
        int number = documents.addVersion(reader.editor(), versionForm.getDocument(),
                file == null ? null : file.name(), file == null ? null : file.content());
        done("kb.documents.versionAdded", number);
    }

    /** Says what was done, and shows the document list again. */
    private void done(String key, Object... args) throws IOException {
        Feedback.flash(key, args);
        Faces.redirect("adviser/documents.xhtml");
    }
}
