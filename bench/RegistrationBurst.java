import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registration burst: CLIENTS concurrent clients register PEOPLE people (API tokens ing_bench_1 …)
 * for one event through POST /api/events/{id}/registrations, all starting at once. Prints
 * confirmed registrations per second, requests per second, p50/p95 latency and the answers counted.
 * Run with: java bench/RegistrationBurst.java BASE_URL EVENT_ID PEOPLE CLIENTS
 */
public class RegistrationBurst {

    public static void main(String[] args) throws Exception {
        var base = args[0];
        long event = Long.parseLong(args[1]);
        int people = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var next = new AtomicInteger(1);
        var counts = new Counts();
        var start = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            var thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = next.getAndIncrement(); i <= people; i = next.getAndIncrement()) {
                    register(http, base, event, i, counts);
                }
            });
            thread.start();
            threads.add(thread);
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (var thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>(counts.latencies());
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.95)) / 1e6;
        System.out.printf(java.util.Locale.ROOT,
                "BENCH registration_burst clients=%d people=%d seconds=%.2f confirmed_per_s=%.0f requests_per_s=%.0f "
                        + "p50_ms=%.1f p95_ms=%.1f confirmed=%d waiting=%d failed=%d%n",
                clients, people, seconds, counts.confirmed().get() / seconds, people / seconds, p50, p95,
                counts.confirmed().get(), counts.waiting().get(), counts.failed().get());
    }

    /** What the clients saw: every latency, and the answers counted. */
    record Counts(ConcurrentLinkedQueue<Long> latencies, AtomicInteger confirmed, AtomicInteger waiting,
            AtomicInteger failed) {

        Counts() {
            this(new ConcurrentLinkedQueue<>(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
        }
    }

    /** Registers person {@code i} (token ing_bench_i) and counts the answer. */
    static void register(HttpClient http, String base, long event, int i, Counts counts) {
        var request = HttpRequest.newBuilder(URI.create(base + "/api/events/" + event + "/registrations"))
                .header("Authorization", "Bearer ing_bench_" + i)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        long t0 = System.nanoTime();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            counts.latencies().add(System.nanoTime() - t0);
            if (response.statusCode() != 201) {
                counts.failed().incrementAndGet();
            } else if (response.body().contains("\"status\":\"CONFIRMED\"")) {
                counts.confirmed().incrementAndGet();
            } else {
                counts.waiting().incrementAndGet();
            }
        } catch (Exception e) {
            counts.failed().incrementAndGet();
        }
    }
}
