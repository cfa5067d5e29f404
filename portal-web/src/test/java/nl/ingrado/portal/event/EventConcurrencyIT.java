package nl.ingrado.portal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The heart of registration: many people registering at the same instant through the REST API
 * get exactly as many seats as there are, the rest wait in order, and racing cancellations promote
 * exactly as many people as seats were freed. A control run with the lock switched off (a switch
 * only the test portal honours) must oversell: proof that these tests can see a race.
 */
class EventConcurrencyIT {

    private static final int PEOPLE = 500;
    private static final List<String> TOKENS = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .build();
    private static String baseUrl;
    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern
            .compile("\"waitingPosition\":(\\d+)");
    private static java.util.SortedSet<Long> lastPositions;

    private static java.util.SortedSet<Long> positions(long n) {
        var all = new java.util.TreeSet<Long>();
        for (long i = 1; i <= n; i++) {
            all.add(i);
        }
        return all;
    }

    @BeforeAll
    static void manyPeopleWithApiTokens() throws Exception {
        baseUrl = TestEnvironment.portal().baseUrl();
        var tag = UUID.randomUUID().toString().substring(0, 8);
        try (var db = Db.connect()) {
            db.setAutoCommit(false);
            try (var account = db.prepareStatement("INSERT INTO account (email, display_name, password_hash, "
                    + "preferred_language, status, created_at, verified_at) VALUES (?, ?, 'x', 'nl', 'ACTIVE', "
                    + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS);
                    var role = db.prepareStatement(
                            "INSERT INTO account_role (account_id, role) VALUES (?, 'MEMBER')");
                    var token = db.prepareStatement(
                            "INSERT INTO api_token (account_id, name, token_hash, created_at) "
                                    + "VALUES (?, 'burst', ?, UTC_TIMESTAMP(6))")) {
                for (int i = 0; i < PEOPLE; i++) {
                    account.setString(1, "burst-" + tag + "-" + i + "@example.nl");
                    account.setString(2, "Deelnemer " + i);
                    account.executeUpdate();
                    long id;
                    try (var keys = account.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    role.setLong(1, id);
                    role.executeUpdate();
                    var secret = "ing_" + UUID.randomUUID().toString().replace("-", "") + i;
                    token.setLong(1, id);
                    token.setString(2, sha256(secret));
                    token.executeUpdate();
                    TOKENS.add(secret);
                }
            }
            db.commit();
        }
    }

    /**
     * Three bursts, not five: the control run shows one burst is enough to expose a count without the
     * lock, and the many repetitions are those of six for two below, at a fraction of the cost.
     */
    @Test
    void fiveHundredPeopleForAHundredSeatsGiveExactlyAHundredConfirmed() throws Exception {
        for (int run = 0; run < 3; run++) {
            long event = event(100, 0);
            var counts = registerAll(event, PEOPLE, null, null);
            assertEquals(Map.of("CONFIRMED", 100L, "WAITING", 400L), counts, "run " + run);
            assertEquals(100, count(event, "CONFIRMED"), "the database agrees, run " + run);
            assertEquals(400, count(event, "WAITING"));
            assertEquals(positions(400), lastPositions, "waiting places 1 to 400, each once, run " + run);
        }
    }

    @Test
    void sixPeopleForTwoSeatsRepeatedManyTimes() throws Exception {
        for (int run = 0; run < 30; run++) {
            long event = event(2, 0);
            var counts = registerAll(event, 6, null, null);
            assertEquals(Map.of("CONFIRMED", 2L, "WAITING", 4L), counts, "run " + run);
        }
    }

    @Test
    void aWorkshopOfTwentyGetsExactlyTwenty() throws Exception {
        for (int run = 0; run < 3; run++) {
            long event = event(1000, 20);
            long[] workshop = workshopOf(event);
            var counts = registerAll(event, PEOPLE, workshop, null);
            assertEquals(Map.of("CONFIRMED", (long) PEOPLE), counts, "everyone has a seat at the event");
            assertEquals(20, workshopCount(workshop[1], "CONFIRMED"), "run " + run);
            assertEquals(PEOPLE - 20, workshopCount(workshop[1], "WAITING"), "run " + run);
        }
    }

    @Test
    void racingCancellationsPromoteExactlyAsManyAsSeatsFreed() throws Exception {
        for (int run = 0; run < 3; run++) {
            long event = event(100, 0);
            registerAll(event, 160, null, null);
            var confirmedTokens = new ArrayList<String>();
            for (int i = 0; i < 160 && confirmedTokens.size() < 30; i++) {
                var mine = send("GET", "/api/events/" + event + "/registrations/mine", TOKENS.get(i), null,
                        null);
                if (mine.body().contains("\"status\":\"CONFIRMED\"")) {
                    confirmedTokens.add(TOKENS.get(i));
                }
            }
            var cancellations = confirmedTokens.stream()
                    .map(t -> sendAsync("DELETE", "/api/events/" + event + "/registrations/mine", t, null,
                            null))
                    .toList();
            for (var c : cancellations) {
                assertEquals(204, c.join().statusCode(), c.join().body());
            }
            assertEquals(100, count(event, "CONFIRMED"),
                    "every freed seat went to someone waiting, run " + run);
            assertEquals(30, count(event, "WAITING"), "exactly 30 promoted from 60, run " + run);
            assertEquals(30, count(event, "CANCELLED"));
            assertWaitingListIsInOrder(event);
        }
    }

    /** The control run: same burst, lock off and a pause after the count. It must oversell. */
    @Test
    void withoutTheLockTheSameBurstOversells() throws Exception {
        long event = event(100, 0);
        registerAll(event, PEOPLE, null, "30");
        long confirmed = count(event, "CONFIRMED");
        assertTrue(confirmed > 100, "without the lock " + confirmed + " were confirmed for 100 seats; "
                + "if this fails, the other tests could not see a race either");
        System.out.println("CONTROL unlocked run: " + confirmed + " confirmed for 100 seats");

        long small = event(2, 0);
        registerAll(small, 6, null, "30");
        assertTrue(count(small, "CONFIRMED") > 2, "6 for 2 without the lock oversells too");
    }

    /** All {@code people} register at once; returns the statuses the API answered, counted. */
    private static Map<String, Long> registerAll(long event, int people, long[] workshop,
            String unlockedDelay) {
        var body = workshop == null ? "{}" : "{\"workshops\":{\"" + workshop[0] + "\":" + workshop[1] + "}}";
        var futures = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (int i = 0; i < people; i++) {
            futures.add(sendAsync("POST", "/api/events/" + event + "/registrations", TOKENS.get(i), body,
                    unlockedDelay));
        }
        lastPositions = new java.util.TreeSet<>();
        return futures.stream().map(CompletableFuture::join).map(response -> {
            assertEquals(201, response.statusCode(), response.body());
            var answer = response.body();
            if (answer.contains("\"status\":\"CONFIRMED\"")) {
                return "CONFIRMED";
            }
            var position = POSITION.matcher(answer);
            assertTrue(position.find(), answer);
            lastPositions.add(Long.parseLong(position.group(1)));
            return "WAITING";
        }).collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }

    private static CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String token,
            String body, String unlockedDelay) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (unlockedDelay != null) {
            request.header("X-Test-Unlocked-Race-Delay", unlockedDelay);
        }
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String token, String body,
            String unlockedDelay) {
        return sendAsync(method, path, token, body, unlockedDelay).join();
    }

    /** Promotion went by the queue: nobody still waiting registered before someone promoted. */
    private static void assertWaitingListIsInOrder(long event) throws SQLException {
        long promotedAfter = single("SELECT COUNT(*) FROM registration w WHERE w.event_id = " + event
                + " AND w.status = 'WAITING' AND w.id < (SELECT COALESCE(MAX(p.id), 0) FROM registration p WHERE "
                + "p.event_id = " + event
                + " AND p.status = 'CONFIRMED' AND p.confirmed_at > p.registered_at)");
        assertEquals(0, promotedAfter, "the first in the queue were promoted first");
    }

    private static long event(int capacity, int workshopCapacity) {
        var now = Fixtures.now();
        var event = Fixtures.event().title(Fixtures.unique("Drukte")).startsAt(now.plusDays(10))
                .endsAt(now.plusDays(10).plusHours(4)).closesAt(now.plusDays(9))
                .cancellableUntil(now.plusDays(9))
                .capacity(capacity);
        if (workshopCapacity > 0) {
            event.workshop("Ronde 1", "Klein", workshopCapacity);
        }
        return event.create().id();
    }

    private static long[] workshopOf(long event) throws SQLException {
        try (var db = Db.connect();
                var s = db.createStatement();
                var rs = s.executeQuery(
                        "SELECT r.id, w.id FROM workshop_round r JOIN workshop w ON w.round_id = r.id "
                                + "WHERE r.event_id = " + event)) {
            rs.next();
            return new long[]{rs.getLong(1), rs.getLong(2)};
        }
    }

    private static long count(long event, String status) throws SQLException {
        return single("SELECT COUNT(*) FROM registration WHERE event_id = " + event + " AND status = '"
                + status + "'");
    }

    private static long workshopCount(long workshop, String status) throws SQLException {
        return single(
                "SELECT COUNT(*) FROM registration_choice WHERE workshop_id = " + workshop + " AND status = '"
                        + status + "'");
    }

    private static long single(String sql) throws SQLException {
        try (var db = Db.connect(); var s = db.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
