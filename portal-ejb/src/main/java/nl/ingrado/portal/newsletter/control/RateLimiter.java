package nl.ingrado.portal.newsletter.control;

import java.util.concurrent.TimeUnit;

/** Spaces messages evenly to at most {@code perSecond} over all sending threads of a node; 0 = no limit. */
final class RateLimiter {

    private final long intervalNanos;
    private long next;

    RateLimiter(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
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
