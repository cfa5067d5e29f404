package nl.ingrado.portal.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import nl.ingrado.portal.register.boundary.AuditorDesk;
import nl.ingrado.portal.register.boundary.Registrants;

/** /auditor/index.xhtml: what waits for the auditors, with the way to every auditor page. */
@Named
@RequestScoped
public class AuditorHome {

    @Inject
    AuditorDesk desk;

    @Inject
    Registrants registrants;

    @Getter
    private AuditorDesk.Counts counts;

    @PostConstruct
    void load() {
        counts = desk.counts(registrants.today());
    }
}
