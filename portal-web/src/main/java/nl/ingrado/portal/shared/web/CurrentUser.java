package nl.ingrado.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.entity.Account;

/** The logged-in account for this request, loaded once and only when a page asks for it. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    @Inject
    nl.ingrado.portal.member.boundary.MemberService members;

    private Account account;

    public boolean isLoggedIn() {
        return sessionUser().isPresent();
    }

    public Optional<SessionUser> sessionUser() {
        var session = request.getSession(false);
        return session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    public long id() {
        return sessionUser().orElseThrow(() -> new IllegalStateException("not logged in")).accountId();
    }

    public Account getAccount() {
        if (account == null && isLoggedIn()) {
            account = accounts.find(id()).orElse(null);
        }
        return account;
    }

    /** The logged-in person as organiser of events: staff, or contact person of their rayon(s). */
    public nl.ingrado.portal.event.boundary.Organiser organiser() {
        var user = sessionUser().orElseThrow(() -> new IllegalStateException("not logged in"));
        boolean staff = user.groups().contains("STAFF") || user.groups().contains("ADMIN");
        return new nl.ingrado.portal.event.boundary.Organiser(user.accountId(), user.email(), staff,
                staff ? java.util.Set.of() : members.contactRayons(user.accountId()));
    }

    public String getDisplayName() {
        return getAccount() == null ? "" : account.getDisplayName();
    }

    public String getHomePage() {
        return getAccount() == null ? "/index.xhtml" : account.homePage();
    }
}
