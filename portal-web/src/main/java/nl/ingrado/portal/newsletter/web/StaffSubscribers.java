package nl.ingrado.portal.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration.Filter;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration.ImportReport;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration.Problem;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration.Row;
import nl.ingrado.portal.newsletter.entity.ConsentSource;
import nl.ingrado.portal.newsletter.entity.SubscriberStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.UploadedFile;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
    transient SubscriberAdministration subscribers;

    @Inject
    transient CurrentUser currentUser;

    private String q;
    private String status;
    private String source;
    private Filter filter = Filter.none();
    private String filterError;
    private transient Part file;
    private String consentSource;
    private ImportReport report;

    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) subscribers.count(filter);
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return subscribers.page(filter, first, pageSize);
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }
    };

    public void load() {
        try {
            filter = filter(q, status, source);
        } catch (BusinessException e) {
            filterError = Feedback.text(e.messageKey(), e.arguments());
            filter = Filter.none();
        }
        if (Faces.getFlash().get(FLASH) instanceof ImportReport flashed) {
            report = flashed;
        }
    }

    /** The filter of the page and the export, from the query parameters; a bad value is refused. */
    static Filter filter(String q, String status, String source) {
        if (q != null && q.length() > 200) {
            throw new BusinessException("nls.filter.invalid", "q");
        }
        return new Filter(q == null || q.isBlank() ? null : q.strip(),
                choice(status, SubscriberStatus.class, "status"),
                choice(source, ConsentSource.class, "source"));
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("nls.filter.invalid", name);
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
        var parts = new ArrayList<String>();
        if (q != null && !q.isBlank()) {
            parts.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (filter.status() != null) {
            parts.add("status=" + filter.status());
        }
        if (filter.source() != null) {
            parts.add("source=" + filter.source());
        }
        return String.join("&", parts);
    }

    private void back() throws IOException {
        var query = getQueryString();
        Faces.redirect("staff/newsletter/subscribers.xhtml" + (query.isEmpty() ? "" : "?" + query));
    }

    private String actor() {
        return currentUser.getEmail();
    }

    public LazyDataModel<Row> getModel() {
        return model;
    }

    public SubscriberStatus[] getStatuses() {
        return SubscriberStatus.values();
    }

    public ConsentSource[] getSources() {
        return ConsentSource.values();
    }

    public String getFilterError() {
        return filterError;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getConsentSource() {
        return consentSource;
    }

    public void setConsentSource(String consentSource) {
        this.consentSource = consentSource;
    }

    public ImportReport getReport() {
        return report;
    }
}
