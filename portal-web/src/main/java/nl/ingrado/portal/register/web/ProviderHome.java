package nl.ingrado.portal.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.register.boundary.Accreditations;
import nl.ingrado.portal.register.entity.Activity;
import nl.ingrado.portal.shared.web.CurrentUser;

/** /provider/index.xhtml: the provider's requests and accredited activities, with the decisions. */
@Named
@RequestScoped
public class ProviderHome {

    @Inject
    Accreditations accreditations;

    @Inject
    CurrentUser currentUser;

    @Getter
    private List<Activity> activities;

    @PostConstruct
    void load() {
        activities = accreditations.ofProvider(currentUser.id());
    }
}
