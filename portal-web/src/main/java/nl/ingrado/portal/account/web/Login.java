package nl.ingrado.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.account.boundary.LoginOutcome;
import nl.ingrado.portal.shared.control.DatabaseOutage;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.LanguageSwitch;
import nl.ingrado.portal.shared.web.SessionUser;
import nl.ingrado.portal.shared.web.SitePaths;
import org.omnifaces.util.Messages;

/** /login.xhtml: email and password, then back to the page asked for or to the role's home page. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    FacesContext faces;

    @Inject
    nl.ingrado.portal.account.boundary.AccountService accounts;

    @Inject
    nl.ingrado.portal.shared.control.PortalSettings settings;

    @NotBlank
    @Size(max = Lengths.EMAIL)
    @Getter
    @Setter
    private String email;

    @NotBlank
    @Size(max = Lengths.PASSWORD)
    @Getter
    @Setter
    private String password;

    public void submit() throws IOException {
        if (isFromAnotherSite()) {
            // the page is stateless (no view state to prove the form is ours): a login posted by another
            // site would log the visitor into someone else's account
            Messages.addGlobalError(nl.ingrado.portal.shared.web.Feedback.text("login.invalid"));
            faces.validationFailed();
            return;
        }
        var response = (HttpServletResponse) faces.getExternalContext().getResponse();
        var status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email == null ? "" : email,
                        new Password(password == null ? "" : password))));
        // the database was down during the check: briefly unavailable (503), not a wrong password
        DatabaseOutage.rethrowKept(request);
        if (status == AuthenticationStatus.SUCCESS) {
            var session = request.getSession();
            var user = (SessionUser) session.getAttribute(SessionUser.ATTRIBUTE);
            var account = accounts.find(user.accountId()).orElseThrow();
            LanguageSwitch.remember(request, response, account.getPreferredLanguage());
            // the page whose login link was followed, else the protected page that sent the visitor here;
            // either way a path of this portal only
            var next = SitePaths.local(request.getParameter("next"));
            var returnTo = next != null && !next.startsWith("/login.xhtml")
                    ? next
                    : SitePaths.local((String) session.getAttribute(SessionUser.RETURN_TO));
            session.removeAttribute(SessionUser.RETURN_TO);
            var target = returnTo != null ? returnTo : account.homePage();
            response.sendRedirect(request.getContextPath() + target);
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        var outcome = (LoginOutcome) request.getAttribute(SessionUser.LOGIN_OUTCOME);
        var key = outcome == null ? "login.invalid" : switch (outcome.status()) {
            case THROTTLED -> "login.throttled";
            case NOT_VERIFIED -> "login.notVerified";
            default -> "login.invalid";
        };
        Messages.addGlobalError(nl.ingrado.portal.shared.web.Feedback.text(key));
        faces.validationFailed();
    }

    /** Browsers send {@code Origin} with every POST; one that names another site than ours is refused. */
    private boolean isFromAnotherSite() {
        var origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        var self = request.getScheme() + "://" + request.getHeader("Host");
        var base = settings.baseUrl();
        var configured = java.net.URI.create(base).getScheme() + "://"
                + java.net.URI.create(base).getAuthority();
        return !origin.equalsIgnoreCase(self) && !origin.equalsIgnoreCase(configured);
    }
}
