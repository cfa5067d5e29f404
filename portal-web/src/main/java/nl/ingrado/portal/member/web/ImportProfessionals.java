package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.boundary.ProfessionalImport;
import nl.ingrado.portal.member.boundary.ProfessionalImport.Problem;
import nl.ingrado.portal.member.boundary.ProfessionalImport.Report;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.UploadedFile;
import org.omnifaces.util.Faces;

/**
 * /staff/import.xhtml (Import professionals): upload a CSV file, see every row with its problems,
 * and import all rows at once, or none. The file is kept in this view between preview and import.
 */
@Named
@ViewScoped
public class ImportProfessionals implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProfessionalImport professionalImport;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private transient Part file;
    private String csv;
    @Getter
    private String fileName;
    @Getter
    private Report report;

    public void preview() throws IOException {
        report = null;
        csv = null;
        var upload = UploadedFile.read(file, ProfessionalImport.MAX_CHARS, "file", "import.tooLarge",
                ProfessionalImport.MAX_CHARS / 1_000_000);
        if (upload == null) {
            throw BusinessException.onField("file", "import.file.required");
        }
        var text = upload.text();
        report = professionalImport.preview(text);
        csv = text;
        fileName = upload.name();
    }

    public void importAll() throws IOException {
        if (csv == null) {
            throw BusinessException.onField("file", "import.file.required");
        }
        int count = professionalImport.importAll(csv, currentUser.getEmail());
        Feedback.flash("import.done", count);
        Faces.redirect("staff/persons.xhtml");
    }

    public String message(Problem problem) {
        return Feedback.text(problem.messageKey(), problem.arguments().toArray());
    }

    public String getSummary() {
        if (report == null) {
            return "";
        }
        return report.isImportable()
                ? Feedback.text("import.ready", report.getRowCount())
                : Feedback.text("import.notReady", report.problems().size());
    }
}
