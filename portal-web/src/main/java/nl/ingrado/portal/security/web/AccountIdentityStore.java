package nl.ingrado.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.boundary.LoginOutcome;
import nl.ingrado.portal.shared.web.ClientAddress;
import nl.ingrado.portal.shared.control.DatabaseOutage;
import nl.ingrado.portal.shared.web.SessionUser;

/**
 * The identity store of Jakarta Security, on the portal's database: checks email and password
 * (PBKDF2) with throttling per account and client address, and gives the account's roles as groups.
 * Why a login failed (throttled, unconfirmed) is left on the request for the login page.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    SessionGroups sessionGroups;

    @Inject
    ClientAddress clientAddress;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome;
        try {
            outcome = accounts.logIn(login.getCaller(), login.getPasswordAsString(),
                    clientAddress.of(request));
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // thrown from here, the container would make it a 500: the login page raises it instead
            DatabaseOutage.keep(request, e);
            return CredentialValidationResult.INVALID_RESULT;
        }
        request.setAttribute(SessionUser.LOGIN_OUTCOME, outcome);
        if (outcome.status() != LoginOutcome.Status.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(String.valueOf(outcome.accountId()),
                sessionGroups.of(outcome.accountId(), outcome.email(), outcome.groups()).groups());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
