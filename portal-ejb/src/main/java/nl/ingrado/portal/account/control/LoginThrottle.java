package nl.ingrado.portal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import nl.ingrado.portal.account.entity.LoginFailure;
import nl.ingrado.portal.shared.control.Clocks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per account name and per client address within a sliding window. Past the
 * limit, logins are refused until the window has moved on, even with the right password: that
 * slows guessing to a crawl without locking the owner out for long.
 */
@ApplicationScoped
public class LoginThrottle {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.login.max-failures-per-account", defaultValue = "10")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "portal.login.max-failures-per-address", defaultValue = "50")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "portal.login.window-minutes", defaultValue = "15")
    int windowMinutes;

    public boolean isThrottled(String loginName, String clientAddress) {
        var since = Clocks.nowUtc(clock).minusMinutes(windowMinutes);
        return count("f.loginName", loginName, since) >= maxPerAccount
                || count("f.clientAddress", clientAddress, since) >= maxPerAddress;
    }

    public void recordFailure(String loginName, String clientAddress) {
        em.persist(new LoginFailure(loginName, clientAddress, Clocks.nowUtc(clock)));
    }

    /** A successful login wipes the account's slate, not the address's. */
    public void recordSuccess(String loginName) {
        em.createQuery("delete from LoginFailure f where f.loginName = :name")
                .setParameter("name", loginName)
                .executeUpdate();
    }

    public int windowMinutes() {
        return windowMinutes;
    }

    private long count(String column, String value, LocalDateTime since) {
        return em
                .createQuery(
                        "select count(f) from LoginFailure f where " + column
                                + " = :v and f.failedAt > :since",
                        Long.class)
                .setParameter("v", value)
                .setParameter("since", since)
                .getSingleResult();
    }
}
