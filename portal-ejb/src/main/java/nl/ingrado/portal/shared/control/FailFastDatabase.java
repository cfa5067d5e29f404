package nl.ingrado.portal.shared.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query whose connection failed up to three times, five seconds apart: with
 * the database down, every page then hangs for ten seconds or more before it fails, holding a
 * request thread all the while. One immediate retry is enough to get past a pooled connection that
 * died since its check (the pool validates each connection it hands out); a database that is down
 * fails the request at once, and the page says the portal is briefly unavailable.
 */
public class FailFastDatabase implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(1);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
