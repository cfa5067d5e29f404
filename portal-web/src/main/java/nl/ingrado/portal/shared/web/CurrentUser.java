package nl.ingrado.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The logged-in user of this request, as the session knows them (see {@link SessionUser}). */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public boolean isLoggedIn() {
        return sessionUser().isPresent();
    }

    public Optional<SessionUser> sessionUser() {
        var session = request.getSession(false);
        return session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    /**
     * The menu's role checks, from the session's groups, which are the roles the container was told
     * (identity mapping in payara-web.xml): a property read, where {@code request.isUserInRole('X')} is a
     * method found by reflection and a realm check on every call, seven times on every page.
     */
    public boolean isMember() {
        return inGroup("MEMBER");
    }

    public boolean isAdviser() {
        return inGroup("ADVISER");
    }

    public boolean isProvider() {
        return inGroup("PROVIDER");
    }

    public boolean isAuditor() {
        return inGroup("AUDITOR");
    }

    /** Ingrado staff or an administrator. */
    public boolean isStaff() {
        return sessionUser().map(SessionUser::isStaff).orElse(false);
    }

    public boolean isAdmin() {
        return inGroup("ADMIN");
    }

    public boolean isRayonContact() {
        return inGroup("RAYON_CONTACT");
    }

    private boolean inGroup(String group) {
        return sessionUser().map(user -> user.groups().contains(group)).orElse(false);
    }

    public long id() {
        return user().accountId();
    }

    /** The account's email address, e.g. as the actor in an audit trail; null when not logged in. */
    public String getEmail() {
        return sessionUser().map(SessionUser::email).orElse(null);
    }

    public String getHomePage() {
        return sessionUser().map(SessionUser::homePage).orElse("/index.xhtml");
    }

    private SessionUser user() {
        return sessionUser().orElseThrow(() -> new IllegalStateException("not logged in"));
    }
}
