package nl.ingrado.portal.account.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.ingrado.portal.mail.boundary.MailLimits;
import nl.ingrado.portal.shared.control.ClockJob;

/** Nightly retention of account data (see {@link AccountService#removeStaleData()}) and old mail limits. */
@Singleton
public class AccountHousekeeping {

    private static final Logger LOG = Logger.getLogger(AccountHousekeeping.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    MailLimits mailLimits;

    @ClockJob
    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        int removed = accounts.removeStaleData();
        LOG.info(() -> "Removed " + removed + " account(s) left unconfirmed for six weeks");
        // the counts of the sign-up and reset mails this capability limits
        mailLimits.removeStale();
    }
}
