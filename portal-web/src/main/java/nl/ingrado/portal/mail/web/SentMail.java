package nl.ingrado.portal.mail.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.mail.entity.MailLog;
import nl.ingrado.portal.shared.control.PortalSettings;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /staff/mail.xhtml (Verzonden e-mail): every mail the portal sent, newest first, with status. */
@Named
@ViewScoped
public class SentMail implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient MailService mail;

    @Inject
    transient PortalSettings settings;

    private String recipient;

    private final LazyDataModel<MailLog> model = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) mail.count(recipient);
        }

        @Override
        public List<MailLog> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return mail.recent(recipient, first, pageSize);
        }

        @Override
        public String getRowKey(MailLog log) {
            return String.valueOf(log.getId());
        }
    };

    public LazyDataModel<MailLog> getModel() {
        return model;
    }

    public boolean isBodiesShown() {
        return settings.demo();
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
