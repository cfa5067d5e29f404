package nl.ingrado.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import nl.ingrado.portal.account.boundary.ApiTokenService;
import nl.ingrado.portal.account.boundary.LoginOutcome;
import nl.ingrado.portal.member.boundary.Callers;
import nl.ingrado.portal.shared.rest.ApiOriginCheck;
import nl.ingrado.portal.shared.control.DatabaseOutage;
import nl.ingrado.portal.shared.rest.Problems;
import nl.ingrado.portal.shared.web.SecurityHeaders;
import nl.ingrado.portal.shared.web.SessionUser;
import nl.ingrado.portal.shared.web.SitePaths;

/**
 * The portal's one authentication mechanism. It accepts a personal API token ({@code Authorization:
 * Bearer}), the login form (through {@code SecurityContext.authenticate}, checked by the
 * {@link AccountIdentityStore}) and the HTTP session the form started. Anonymous visitors of a protected page go to the login page; of the API, get 401.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ApiTokenService apiTokens;

    @Inject
    SessionGroups sessionGroups;

    @Inject
    Callers callers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        var token = ApiOriginCheck.bearerToken(request);
        if (token != null) {
            // the token alone decides who calls: a session cookie sent along is ignored
            return bearer(token, request, response, context);
        }
        if (request.getHeader("Authorization") != null && isApi(request)) {
            // Basic, an empty bearer or garbage: refused, rather than falling back on the session cookie
            Problems.write(response, 401, "problem.unauthorized.title", "problem.authorization.invalid",
                    request);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters()
                        .getCredential() instanceof UsernamePasswordCredential credential) {
            return form(credential, request, context);
        }
        // sessions are tracked by cookie only: an id in the address (";jsessionid=") authenticates nobody
        var session = request.isRequestedSessionIdFromURL() ? null : request.getSession(false);
        if (session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user) {
            if (isResource(request)) {
                return context.notifyContainerAboutLogin(user.principalName(), user.groups());
            }
            // checked on every page and API call: a deactivated or erased account loses its session at
            // once, and a role granted or taken away counts from the next click (on any node)
            var fresh = refreshUnlessDatabaseDown(user);
            if (fresh.isEmpty()) {
                session.invalidate();
                return context.isProtected() ? toLogin(request, response, context) : context.doNothing();
            }
            if (!fresh.get().equals(user)) {
                user = fresh.get();
                session.setAttribute(SessionUser.ATTRIBUTE, user);
            }
            return context.notifyContainerAboutLogin(user.principalName(), user.groups());
        }
        if (context.isProtected()) {
            return toLogin(request, response, context);
        }
        return context.doNothing();
    }

    /**
     * The session's roles as the database has them now; while the database cannot be reached, as the
     * session has them, so that the page itself answers (503 when it needs the database, see
     * shared/web/UnavailablePage) rather than the login check failing with a 500.
     */
    private Optional<SessionUser> refreshUnlessDatabaseDown(SessionUser user) {
        try {
            return sessionGroups.refresh(user);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            return Optional.of(user);
        }
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        Optional<SessionUser> caller;
        try {
            // one statement checks the token and reads who calls (Callers keeps it for the request)
            caller = ApiTokenService.hashOf(token).flatMap(hash -> callers.ofToken(hash).flatMap(found -> {
                apiTokens.used(hash);
                return sessionGroups
                        .refresh(new SessionUser(found.accountId(), found.email(), Set.of(), Set.of(), "/"));
            }));
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // the token cannot be checked: briefly unavailable, as the call itself would answer
            DatabaseOutage.headers(response);
            Problems.write(response, 503, "problem.unavailable.title", "problem.unavailable.detail", request);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (caller.isEmpty()) {
            SecurityHeaders.apply(request, response);
            Problems.write(response, 401, "problem.unauthorized.title", "problem.token.invalid", request);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(caller.get().principalName(), caller.get().groups());
    }

    private AuthenticationStatus form(UsernamePasswordCredential credential, HttpServletRequest request,
            HttpMessageContext context) {
        var result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        var outcome = (LoginOutcome) request.getAttribute(SessionUser.LOGIN_OUTCOME);
        var session = request.getSession(false);
        if (session == null) {
            session = request.getSession(true);
        } else {
            // a new session id on login, so a planted id is worth nothing (session fixation)
            request.changeSessionId();
        }
        var user = sessionGroups.of(outcome.accountId(), outcome.email(), outcome.groups());
        session.setAttribute(SessionUser.ATTRIBUTE, user);
        return context.notifyContainerAboutLogin(user.principalName(), user.groups());
    }

    private static boolean isApi(HttpServletRequest request) {
        return "/api".equals(request.getServletPath());
    }

    /** Scripts, styles and images of pages: no need to ask the database again for each. */
    private static boolean isResource(HttpServletRequest request) {
        // the servlet path, not the raw URI: ";x.js" appended to a page must not skip the check
        var path = request.getServletPath();
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            if (isApi(request) && context.isAuthenticationRequest()) {
                // asked by the API's role check (@RolesAllowed) for an anonymous caller: it answers 401
                // itself, as a problem response of the API
                return context.doNothing();
            }
            if (isApi(request)) {
                SecurityHeaders.apply(request, response);
                Problems.write(response, 401, "problem.unauthorized.title", "problem.unauthorized.detail",
                        request);
                return AuthenticationStatus.SEND_FAILURE;
            }
            if ("GET".equals(request.getMethod()) && !request.isRequestedSessionIdFromURL()) {
                // the page as the container mapped it, so the way back after login stays on this site
                request.getSession(true).setAttribute(SessionUser.RETURN_TO,
                        SitePaths.currentWithQuery(request));
            }
            // sent before any filter runs: the headers every response carries
            SecurityHeaders.apply(request, response);
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
