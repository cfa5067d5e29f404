package nl.ingrado.portal.shared.control;

import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by an unreachable database from any other, however deeply the container
 * wrapped it (EJB, persistence, Faces and servlet exceptions), so that pages and the API can both
 * answer "briefly unavailable" (503) instead of "something went wrong" (500).
 */
public final class DatabaseOutage {

    /** Seconds after which a client may try again; the pool notices a database that is back at once. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything it wraps, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (var t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isConnectionFailure(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null
                    && isConnectionFailure(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        // SQLSTATE class 08: connection exception, whichever driver or pool wrapped it
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("08")) {
            return true;
        }
        // the pool could hand out no connection (none could be made, or none came free in time)
        return t instanceof jakarta.resource.spi.ResourceAllocationException;
    }

    /**
     * Keeps an outage met where the container would swallow it into a 500 (an identity store, run
     * inside the login check), for {@link #rethrowKept} to raise where it can become a 503.
     */
    public static void keep(jakarta.servlet.ServletRequest request, RuntimeException failure) {
        request.setAttribute(KEPT, failure);
    }

    /** Raises the outage {@link #keep} kept during this request, if any. */
    public static void rethrowKept(jakarta.servlet.ServletRequest request) {
        if (request.getAttribute(KEPT) instanceof RuntimeException failure) {
            throw failure;
        }
    }

    private static final String KEPT = DatabaseOutage.class.getName() + ".kept";

    /** The headers every "briefly unavailable" answer carries: when to retry, and not to keep it. */
    public static void headers(HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
    }
}
