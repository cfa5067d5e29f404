package nl.ingrado.portal.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.register.entity.Registrant;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.web.CurrentUser;

/**
 * The signed-in member's own registrant and the register's scheme, each looked up once a request, for the
 * member's register pages.
 */
@RequestScoped
public class MyRegistrant {

    @Inject
    Registrants registrants;

    @Inject
    Schemes schemes;

    @Inject
    CurrentUser currentUser;

    private Optional<Registrant> registrant;
    private Scheme scheme;
    private Norm.Progress progress;

    /** The member's account, for the services that act on the member's own registration. */
    public long accountId() {
        return currentUser.id();
    }

    /** Empty when the member never applied. */
    public Optional<Registrant> registrant() {
        if (registrant == null) {
            registrant = registrants.ofAccount(currentUser.id());
        }
        return registrant;
    }

    /** Where the member's current period stands against the norm; null without a period. */
    public Norm.Progress progress() {
        var period = registrant().map(Registrant::period).orElse(null);
        if (progress == null && period != null) {
            progress = registrants.progress(period);
        }
        return progress;
    }

    /** Today by the register's clock, the latest day an activity can have taken place. */
    public LocalDate today() {
        return registrants.today();
    }

    public Scheme scheme() {
        if (scheme == null) {
            scheme = schemes.krsd();
        }
        return scheme;
    }
}
