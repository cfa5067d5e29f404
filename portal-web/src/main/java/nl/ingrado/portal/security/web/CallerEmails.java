package nl.ingrado.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.entity.Account;
import nl.ingrado.portal.shared.rest.Caller;

/** The API caller's email address, read from their account. */
@ApplicationScoped
public class CallerEmails implements Caller.Emails {

    @Inject
    AccountService accounts;

    @Override
    public Optional<String> of(long accountId) {
        return accounts.find(accountId).map(Account::getEmail);
    }
}
