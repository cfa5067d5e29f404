package nl.ingrado.portal.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.register.boundary.Accreditations;
import nl.ingrado.portal.register.entity.Activity;

/** /auditor/accreditations.xhtml: requests waiting for a decision (oldest first), and those waiting for the provider. */
@Named
@RequestScoped
public class AccreditationRequests {

    @Inject
    Accreditations accreditations;

    @Getter
    private List<Activity> waiting;
    @Getter
    private List<Activity> awaitingProvider;

    @PostConstruct
    void load() {
        waiting = accreditations.waiting();
        awaitingProvider = accreditations.awaitingProvider();
    }
}
