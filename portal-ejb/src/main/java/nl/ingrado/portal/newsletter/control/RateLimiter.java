package nl.ingrado.portal.newsletter.control;

import java.util.concurrent.TimeUnit;

/**
 * Spaces messages evenly to at most {@code perSecond} over all sending threads of a node; 0 = no limit.
 * When several nodes send at once, each takes its share ({@link #share}), so the mail server sees the
 * configured rate from all of them together.
 */
final class RateLimiter {

    private final double perSecond;
    private volatile long intervalNanos;
    private long next;

    RateLimiter(double perSecond) {
        this.perSecond = perSecond;
        share(1);
    }

    /** This node's share when {@code nodes} nodes send at once (at least one: this one). */
    void share(int nodes) {
        intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L * Math.max(1, nodes) / perSecond);
    }

    /** Waits for this thread's turn. */
    void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long at;
        synchronized (this) {
            long now = System.nanoTime();
            // an idle spell earns no burst: the turn after it is now
            if (next - now < 0) {
                next = now;
            }
            at = next;
            next += intervalNanos;
        }
        long wait = at - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
