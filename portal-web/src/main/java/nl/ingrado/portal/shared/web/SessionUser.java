package nl.ingrado.portal.shared.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is logged in on this HTTP session: the account id (the caller principal's name), email, roles,
 * the rayons they are contact person of, and their home page. The authentication mechanism puts it
 * in the session at login and refreshes it on every request, so a bean reads it without asking the
 * account or member capability.
 */
public record SessionUser(long accountId, String email, Set<String> groups, Set<Long> contactRayons,
        String homePage) implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    /** Session attribute holding the {@code SessionUser}. */
    public static final String ATTRIBUTE = "portal.user";
    /** Session attribute: the page an anonymous visitor asked for, to return to after login. */
    public static final String RETURN_TO = "portal.returnTo";
    /** Request attribute where the login form finds why a login failed. */
    public static final String LOGIN_OUTCOME = "portal.loginOutcome";

    public String principalName() {
        return String.valueOf(accountId);
    }

    /** Ingrado staff (or an administrator). */
    public boolean isStaff() {
        return groups.contains("STAFF") || groups.contains("ADMIN");
    }
}
