package nl.ingrado.portal.event.web;

import java.util.Set;
import nl.ingrado.portal.event.boundary.Organiser;
import nl.ingrado.portal.shared.web.CurrentUser;

/** The logged-in person as organiser of events: staff, or contact person of their rayon(s). */
final class Organisers {

    private Organisers() {
    }

    static Organiser of(CurrentUser currentUser) {
        var user = currentUser.sessionUser().orElseThrow(() -> new IllegalStateException("not logged in"));
        return new Organiser(user.accountId(), user.email(), user.isStaff(),
                user.isStaff() ? Set.of() : user.contactRayons());
    }
}
