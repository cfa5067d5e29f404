package nl.ingrado.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-up and password reset tell nobody whether an address has an account: the same answer on the
 * page, and about the same time (medians of several tries, within a small factor; before, sign-up
 * hashed the password only for a new address: ~7 ms against ~190 ms).
 */
class SameAnswerIT {

    private static final int TRIES = 7;
    /** Well above the noise of a busy machine, well below the gap a password hash makes. */
    private static final double FACTOR = 3;

    @BeforeAll
    static void startThePortal() {
        // it migrates the database the fixtures write to
        TestEnvironment.portal();
    }

    @Test
    void signUpAnswersTheSameInTheSameTimeForKnownAndNewAddresses() throws Exception {
        var known = new Answer("bekend");
        var unknown = new Answer("nieuw");
        inTurns("sign-up", known, unknown, SameAnswerIT::signUp);
        assertEquals(known.page, unknown.page, "the same message, but for the address typed");
        assertTrue(known.page.contains("We hebben een e-mail gestuurd naar {address}"), known.page);
        assertEquals(known.location, unknown.location);
        // what differs goes by mail only: the owner hears of the attempt, a new address gets its link
        for (int i = 0; i < known.emails.size(); i++) {
            awaitMail(known.emails.get(i), "account.exists");
            awaitMail(unknown.emails.get(i), "account.verify");
        }
    }

    @Test
    void aResetRequestAnswersTheSameInTheSameTimeForKnownAndUnknownAddresses() throws Exception {
        var known = new Answer("herstel");
        var unknown = new Answer("niemand");
        inTurns("reset", known, unknown, SameAnswerIT::reset);
        assertEquals(known.page, unknown.page);
        assertTrue(known.page.contains("Als er een account is voor {address}"), known.page);
        assertEquals(known.location, unknown.location);
        // the link is still mailed to every account (after the answer)
        for (var email : known.emails) {
            awaitMail(email, "account.reset");
        }
    }

    private static Timed signUp(String email) {
        return timed(session -> session.submit("/register.xhtml", "form",
                Map.of("displayName", "Sam Gelijk", "email", email, "password", Fixtures.PASSWORD,
                        "passwordRepeat", Fixtures.PASSWORD),
                "submit"));
    }

    private static Timed reset(String email) {
        return timed(session -> session.submit("/password/forgot.xhtml", "form", Map.of("email", email),
                "submit"));
    }

    /** The POST's time (the page it came from is opened first, outside the clock) and what followed. */
    private static Timed timed(Post post) {
        var session = HttpSession.anonymous();
        try {
            session.get("/login.xhtml");
            long start = System.nanoTime();
            var response = post.send(session);
            long nanos = System.nanoTime() - start;
            var followed = session.follow(response);
            return new Timed(nanos, followed.location(), Objects.requireNonNullElse(followed.messages(), ""));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private interface Post {
        java.net.http.HttpResponse<String> send(HttpSession session) throws IOException;
    }

    private record Timed(long nanos, String location, String page) {
    }

    /**
     * Asks for {@code what} with a known address (an account made for it) and an unknown one in turns; the
     * first two turns only warm the page and the hashing up and are not timed. Then compares the times.
     */
    private static void inTurns(String what, Answer known, Answer unknown, Function<String, Timed> request) {
        for (int i = -2; i < TRIES; i++) {
            boolean counted = i >= 0;
            known.ask(Fixtures.account(known.prefix).email(), request, counted);
            unknown.ask(Fixtures.email(unknown.prefix), request, counted);
        }
        report(what, known, unknown);
    }

    /** Times of one kind of address, its addresses (warm-up included), and the answer (the same every time). */
    private static final class Answer {
        final String prefix;
        final List<String> emails = new ArrayList<>();
        final List<Long> nanos = new ArrayList<>();
        String location;
        String page;

        Answer(String prefix) {
            this.prefix = prefix;
        }

        /** Asks with {@code email}; a warm-up ({@code counted} false) is neither timed nor held to the answer. */
        void ask(String email, Function<String, Timed> request, boolean counted) {
            emails.add(email);
            var timed = request.apply(email);
            var shown = timed.page().replace(email, "{address}");
            assertFalse(shown.isBlank(), "a message is shown");
            if (!counted) {
                return;
            }
            nanos.add(timed.nanos());
            if (page != null) {
                assertEquals(page, shown, "the same answer every time");
            }
            page = shown;
            location = timed.location();
        }

        double medianMillis() {
            var sorted = nanos.stream().sorted().toList();
            return sorted.get(sorted.size() / 2) / 1e6;
        }
    }

    private static void report(String what, Answer known, Answer unknown) {
        double a = known.medianMillis();
        double b = unknown.medianMillis();
        double ratio = Math.max(a, b) / Math.min(a, b);
        System.out.printf("%s: median known %.1f ms, unknown %.1f ms, ratio %.2f (%d tries each)%n", what, a,
                b,
                ratio, TRIES);
        assertTrue(ratio < FACTOR, what + ": known " + a + " ms against unknown " + b + " ms");
    }

    private static void awaitMail(String email, String kind) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (Db.number("SELECT COUNT(*) FROM mail_log WHERE recipient = ? AND kind = ?", email,
                kind) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + kind + " for " + email);
            }
            Thread.sleep(100);
        }
    }
}
