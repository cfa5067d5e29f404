package nl.ingrado.portal.shared.control;

/**
 * Switches that only the test suite may throw, to prove that a test can see a race: set per
 * request by a web filter, and only when the portal was started with {@code portal.test-switches=true}
 * (never in production). Off, they change nothing.
 */
public final class TestSwitches {

    private static final ThreadLocal<Integer> UNLOCKED_RACE_DELAY = new ThreadLocal<>();
    private static final ThreadLocal<String> TRUSTED_PROXIES = new ThreadLocal<>();

    private TestSwitches() {
    }

    /** Capacity checks on this thread skip their lock and wait {@code millis} after counting. */
    public static void unlockCapacity(int millis) {
        UNLOCKED_RACE_DELAY.set(millis);
    }

    /** The client address of requests on this thread is decided as if these proxies were trusted. */
    public static void trustProxies(String proxies) {
        TRUSTED_PROXIES.set(proxies);
    }

    public static void clear() {
        UNLOCKED_RACE_DELAY.remove();
        TRUSTED_PROXIES.remove();
    }

    /** The delay to inject after a capacity check without lock, or null: take the lock as always. */
    public static Integer unlockedRaceDelay() {
        return UNLOCKED_RACE_DELAY.get();
    }

    /** The trusted proxies the test asked for on this thread, or null: the configured ones count. */
    public static String trustedProxies() {
        return TRUSTED_PROXIES.get();
    }
}
