package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import nl.ingrado.portal.member.boundary.ProfessionalImport;
import nl.ingrado.portal.member.boundary.ProfessionalImport.Problem;
import nl.ingrado.portal.member.boundary.ProfessionalImport.Report;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
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
    transient ProfessionalImport professionalImport;

    @Inject
    transient CurrentUser currentUser;

    private transient Part file;
    private String csv;
    private String fileName;
    private Report report;

    public void preview() throws IOException {
        report = null;
        csv = null;
        if (file == null || file.getSize() == 0) {
            throw BusinessException.onField("file", "import.file.required");
        }
        if (file.getSize() > ProfessionalImport.MAX_CHARS) {
            throw BusinessException.onField("file", "import.tooLarge",
                    ProfessionalImport.MAX_CHARS / 1_000_000);
        }
        byte[] bytes;
        try (var in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        var text = decode(bytes);
        report = professionalImport.preview(text);
        csv = text;
        fileName = file.getSubmittedFileName();
    }

    public void importAll() throws IOException {
        if (csv == null) {
            throw BusinessException.onField("file", "import.file.required");
        }
        int count = professionalImport.importAll(csv, currentUser.getEmail());
        Feedback.flash("import.done", count);
        Faces.redirect("staff/persons.xhtml");
    }

    /** UTF-8 as exported by current spreadsheets, else Windows-1252 as older Dutch Excel saves it. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
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

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Report getReport() {
        return report;
    }

    public String getFileName() {
        return fileName;
    }
}
