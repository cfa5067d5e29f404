package nl.ingrado.portal.invoice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.invoice.boundary.Payments;
import nl.ingrado.portal.invoice.boundary.Payments.UploadResult;
import nl.ingrado.portal.invoice.entity.BankTransaction;
import nl.ingrado.portal.invoice.entity.StatementUpload;
import nl.ingrado.portal.shared.control.UploadChecks;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.UploadedFile;
import org.omnifaces.util.Faces;

/**
 * /staff/bank-statements.xhtml (Bankafschriften): a CAMT.053 statement uploaded and booked (a file the
 * boundary refuses changes nothing and says why on the field), what it brought, the recent uploads, and
 * the credits no invoice was found for, to book by hand or set aside.
 */
@Named
@ViewScoped
public class BankStatements implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A month's statement of a busy account is a few MB; more is not a statement of ours. */
    static final int MAX_MB = 20;
    static final String RESULT = "bankStatementResult";
    static final int RECENT = 10;

    @Inject
    Payments payments;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private transient Part file;
    @Getter
    private UploadResult result;
    private transient List<BankTransaction> unmatched;
    private transient List<StatementUpload> statements;

    /** The invoice number typed in the row whose form was sent (each row is a form of its own). */
    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String invoiceNumber;

    public void load() {
        if (result == null && Faces.getFlashAttribute(RESULT) instanceof UploadResult flashed) {
            result = flashed;
        }
    }

    public void upload() throws IOException {
        var uploaded = UploadedFile.read(file, MAX_MB * 1024L * 1024L, "file", "camt.tooLarge", MAX_MB);
        if (uploaded == null) {
            throw BusinessException.onField("file", "camt.empty");
        }
        var done = payments.upload(uploaded.content(), UploadChecks.safeChars(uploaded.name()),
                currentUser.getEmail());
        Faces.setFlashAttribute(RESULT, done);
        Feedback.flash("inv.bank.uploaded", done.transactions(), done.matched());
        Faces.redirect("staff/bank-statements.xhtml");
    }

    public void assign(long transactionId) throws IOException {
        payments.assign(transactionId, invoiceNumber, currentUser.getEmail());
        Feedback.flash("inv.bank.assigned", invoiceNumber.strip());
        Faces.redirect("staff/bank-statements.xhtml");
    }

    public void ignore(long transactionId) throws IOException {
        payments.ignore(transactionId, currentUser.getEmail());
        Feedback.flash("inv.bank.ignoredDone");
        Faces.redirect("staff/bank-statements.xhtml");
    }

    public List<BankTransaction> getUnmatched() {
        if (unmatched == null) {
            unmatched = payments.unmatched();
        }
        return unmatched;
    }

    public List<StatementUpload> getStatements() {
        if (statements == null) {
            statements = payments.statements(RECENT);
        }
        return statements;
    }

    public int getMaxMb() {
        return MAX_MB;
    }
}
