package nl.ingrado.portal.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration.Filter;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration.ImportReport;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration.Problem;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration.Row;
import nl.ingrado.portal.newsletter.entity.ConsentSource;
import nl.ingrado.portal.newsletter.entity.SubscriberStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.LazyList;
import nl.ingrado.portal.shared.web.QueryString;
import nl.ingrado.portal.shared.web.UploadedFile;
import org.omnifaces.util.Faces;

/**
 * /staff/newsletter/subscribers.xhtml (Subscribers): search and filter in the address (GET), see
 * why an address bounces, unsubscribe, reactivate or erase someone, export what is shown, and import
 * a list with the source of its consent. An import's report survives the redirect in the flash.
 */
@Named
@ViewScoped
public class StaffSubscribers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String FLASH = "nlsImportReport";

    @Inject
    SubscriberAdministration subscribers;

    @Inject
    CurrentUser currentUser;

    @Size(max = Lengths.SEARCH)
    @Getter
    @Setter
    private String q;
    @Getter
    @Setter
    private String status;
    @Getter
    @Setter
    private String source;
    private Filter filter = Filter.none();
    @Getter
    private String filterError;
    @Getter
    @Setter
    private transient Part file;

    @Size(max = Lengths.CONSENT_SOURCE)
    @Getter
    @Setter
    private String consentSource;
    @Getter
    private ImportReport report;

    @Getter
    private final LazyList<Row> model = new LazyList<>(() -> subscribers.count(filter),
            (field, ascending, first, size) -> subscribers.page(filter, first, size), Row::id);

    public void load() {
        try {
            filter = Filter.parse(this::parameter);
        } catch (BusinessException e) {
            filterError = Feedback.text(e.messageKey(), e.arguments());
            filter = Filter.none();
        }
        if (Faces.getFlash().get(FLASH) instanceof ImportReport flashed) {
            report = flashed;
        }
    }

    public void unsubscribe(long id) throws IOException {
        subscribers.unsubscribe(id, actor());
        Feedback.flash("nls.subscriber.unsubscribed");
        back();
    }

    public void reactivate(long id) throws IOException {
        subscribers.reactivate(id, actor());
        Feedback.flash("nls.subscriber.reactivated");
        back();
    }

    public void delete(long id) throws IOException {
        subscribers.delete(id, actor());
        Feedback.flash("nls.subscriber.deleted");
        back();
    }

    public void importCsv() throws IOException {
        report = null;
        var upload = UploadedFile.read(file, SubscriberAdministration.MAX_IMPORT_CHARS * 2L, "file",
                "nls.import.tooLarge", SubscriberAdministration.MAX_IMPORT_CHARS / 1_000_000);
        if (upload == null) {
            throw BusinessException.onField("file", "nls.import.fileRequired");
        }
        var result = subscribers.importCsv(upload.text(), consentSource, actor());
        if (!result.isStored()) {
            report = result;
            Feedback.show(new BusinessException("nls.import.notStored", result.problems().size()));
            return;
        }
        Faces.getFlash().put(FLASH, result);
        Feedback.flash("nls.import.done", result.imported());
        Faces.redirect("staff/newsletter/subscribers.xhtml");
    }

    public String message(Problem problem) {
        return Feedback.text(problem.messageKey(), problem.arguments().toArray());
    }

    /** Addresses for the import report: the first hundred, then how many more. */
    public String join(List<String> emails) {
        return emails.size() <= 100
                ? String.join(", ", emails)
                : String.join(", ", emails.subList(0, 100)) + " … (+" + (emails.size() - 100) + ")";
    }

    /** The current filters as a query string, for the export link and after an action. */
    public String getQueryString() {
        return QueryString.of(List.of("q", "status", "source"), name -> switch (name) {
            case "q" -> q;
            // as read, so a refused value is left out
            case "status" -> filter.status() == null ? null : filter.status().name();
            default -> filter.source() == null ? null : filter.source().name();
        });
    }

    private String parameter(String name) {
        return switch (name) {
            case "q" -> q;
            case "status" -> status;
            case "source" -> source;
            default -> null;
        };
    }

    private void back() throws IOException {
        var query = getQueryString();
        Faces.redirect("staff/newsletter/subscribers.xhtml" + (query.isEmpty() ? "" : "?" + query));
    }

    private String actor() {
        return currentUser.getEmail();
    }

    public SubscriberStatus[] getStatuses() {
        return SubscriberStatus.values();
    }

    public ConsentSource[] getSources() {
        return ConsentSource.values();
    }
}
