package nl.ingrado.portal.member.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import nl.ingrado.portal.account.boundary.AccountService;

/** The API's guard for staff resources: anonymous callers get 401, other roles 403. */
@RequestScoped
public class StaffAccess {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    /** Checks the caller is staff or admin; returns their email address for the audit trail. */
    public String requireStaff() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new NotAuthorizedException("Bearer");
        }
        if (!security.isCallerInRole("STAFF") && !security.isCallerInRole("ADMIN")) {
            throw new ForbiddenException();
        }
        return accounts.find(Long.parseLong(principal.getName())).map(a -> a.getEmail())
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
}
