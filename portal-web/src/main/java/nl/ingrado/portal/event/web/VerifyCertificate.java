package nl.ingrado.portal.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.EventCatalog;

/** /events/certificate.xhtml?code= : whether a certificate of attendance is genuine, public. */
@Named
@RequestScoped
public class VerifyCertificate {

    @Inject
    EventCatalog catalog;

    @Getter
    @Setter
    private String code;
    @Getter
    private String[] found;

    public void load() {
        found = code == null || !code.matches("^[A-Za-z0-9_-]{22}$")
                ? null
                : catalog.verifyCertificate(code).orElse(null);
    }
}
