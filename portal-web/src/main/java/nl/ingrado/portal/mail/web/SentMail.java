package nl.ingrado.portal.mail.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.mail.entity.MailLog;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.LazyList;

/** /staff/mail.xhtml (Verzonden e-mail): every mail the portal sent, newest first, with status. */
@Named
@ViewScoped
public class SentMail implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MailService mail;

    @Inject
    PortalSettings settings;

    @Size(max = Lengths.EMAIL)
    @Getter
    @Setter
    private String recipient;

    @Getter
    private final LazyList<MailLog> model = new LazyList<>(() -> mail.count(recipient),
            (field, ascending, first, size) -> mail.recent(recipient, first, size), MailLog::getId);

    public boolean isBodiesShown() {
        return settings.demo();
    }
}
