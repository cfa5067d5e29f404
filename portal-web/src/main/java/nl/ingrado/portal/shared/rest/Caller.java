package nl.ingrado.portal.shared.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;

/**
 * The caller of the API: the account behind the token or the browser session. The role a resource
 * method needs is declared with {@code @RolesAllowed} and checked by the container before the method
 * runs (anonymous: 401, another role: 403); a method open to anyone logged in relies on {@link #id()},
 * which answers 401 to an anonymous caller.
 */
@ApplicationScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    Emails emails;

    /** The caller's account id (the principal's name). */
    public long id() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return Long.parseLong(principal.getName());
    }

    /** The caller's email address, e.g. as the actor in an audit trail. */
    public String email() {
        return emails.of(id()).orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }

    /** The email address of an account; given by the login glue, as shared code knows no capability. */
    public interface Emails {

        Optional<String> of(long accountId);
    }
}
