package nl.ingrado.portal.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The configured rate holds over all sending threads of a node together. */
class RateLimiterTest {

    @Test
    void fourThreadsTogetherSendNoFasterThanTheRate() throws Exception {
        var limiter = new RateLimiter(50);
        var pool = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        var done = new ArrayList<Future<?>>();
        for (int t = 0; t < 4; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    limiter.acquire();
                }
                return null;
            }));
        }
        for (var f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        // 100 turns at 50/s: the first at once, the last 99 intervals of 20 ms later
        assertTrue(seconds >= 1.95, "100 messages at 50/s took " + seconds + " s");
        assertTrue(seconds < 4, "and not much longer: " + seconds + " s");
    }

    @Test
    void twoNodesSendingAtOnceEachTakeHalfTheRate() throws Exception {
        var limiter = new RateLimiter(100);
        limiter.share(2);
        long start = System.nanoTime();
        for (int i = 0; i < 51; i++) {
            limiter.acquire();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // 51 turns at 50/s: 50 intervals of 20 ms
        assertTrue(seconds >= 0.95, "51 messages at half of 100/s took " + seconds + " s");
        limiter.share(1);
        start = System.nanoTime();
        for (int i = 0; i < 51; i++) {
            limiter.acquire();
        }
        seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 0.95 && seconds >= 0.45, "alone again, the whole rate: " + seconds + " s");
    }

    @Test
    void noLimitDoesNotWait() throws Exception {
        var limiter = new RateLimiter(0);
        long start = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            limiter.acquire();
        }
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
    }
}
