package nl.ingrado.portal.account.control;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.ingrado.portal.shared.control.Clocks;

/**
 * When each API token was last used, written for many calls at once: a call notes its token's hash here
 * and goes on, and every 15 seconds one UPDATE writes the time for all tokens noted since. The owner sees
 * "last used" to the minute; a token used for the first time is not worth a transaction of its own on
 * every call (a burst of registrations from 2,000 tokens would be 2,000 more commits). What is noted
 * when a node stops unexpectedly is lost: at most 15 seconds of "last used".
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TokenUses {

    private final Set<String> noted = ConcurrentHashMap.newKeySet();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** Notes a call with the token of this hash (a hash noted twice before the next write counts once). */
    public void note(String tokenHash) {
        noted.add(tokenHash);
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void write() {
        if (noted.isEmpty()) {
            return;
        }
        var hashes = new ArrayList<String>();
        for (var it = noted.iterator(); it.hasNext() && hashes.size() < 1000;) {
            hashes.add(it.next());
            it.remove();
        }
        em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.tokenHash in :hashes")
                .setParameter("now", Clocks.nowUtc(clock)).setParameter("hashes", hashes).executeUpdate();
    }

    @PreDestroy
    void flushOnStop() {
        // a container that stops cleanly still runs this in a transaction of its own where it can
        try {
            while (!noted.isEmpty()) {
                write();
            }
        } catch (RuntimeException e) {
            // the database may already be gone: the last seconds of "last used" are not worth a failed stop
        }
    }
}
