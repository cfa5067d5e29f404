package nl.ingrado.portal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.ingrado.portal.event.boundary.Registrations;
import nl.ingrado.portal.testing.ContainerTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * "A seat came free in the workshop" goes only to someone who waited for a seat in that workshop:
 * people promoted from the event's waiting list by racing cancellations get their seat, and a
 * workshop with room, with the promotion mail alone; someone waiting for a full workshop hears when
 * its seat comes.
 */
class WorkshopMailIT extends ContainerTest {

    @Inject
    Registrations registrations;

    @Resource
    ManagedExecutorService executor;

    @Test
    void peoplePromotedByRacingCancellationsGetNoWorkshopMailForAWorkshopThatWasNeverFull() throws Exception {
        var event = Fixtures.event().title(Fixtures.unique("Workshopmail")).capacity(2)
                .workshop("Ochtend", "Ruim", 50).create();
        long round = event.round("Ochtend");
        var choice = Map.of(round, event.workshop("Ruim"));
        long a = account();
        long b = account();
        long c = account();
        long d = account();
        for (long person : List.of(a, b, c, d)) {
            registrations.register(event.id(), person, choice, null);
        }

        // a and b cancel at the same moment: c and d get their seats
        var start = new CountDownLatch(1);
        var cancels = List.of(a, b).stream().map(person -> CompletableFuture.runAsync(() -> {
            await(start);
            registrations.cancelOwn(event.id(), person);
        }, executor)).toList();
        start.countDown();
        CompletableFuture.allOf(cancels.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        for (long promoted : List.of(c, d)) {
            assertEquals(List.of("event.waiting", "event.promoted"), kinds(promoted),
                    "the promotion is mailed, the workshop that always had room is not");
            assertEquals("CONFIRMED",
                    Db.text("SELECT ch.status FROM registration_choice ch JOIN registration r "
                            + "ON r.id = ch.registration_id WHERE r.account_id = ? AND r.status = 'CONFIRMED'",
                            promoted),
                    "the workshop seat came with the event seat");
        }
    }

    @Test
    void someoneWhoWaitedForAFullWorkshopHearsWhenItsSeatComes() throws Exception {
        var event = Fixtures.event().title(Fixtures.unique("Workshopmail")).capacity(1)
                .workshop("Middag", "Klein", 1).workshop("Middag", "Groot", 50).create();
        long round = event.round("Middag");
        long small = event.workshop("Klein");
        long first = account();
        long second = account();
        registrations.register(event.id(), first, Map.of(round, small), null);
        registrations.register(event.id(), second, Map.of(round, small), null);
        // the event is full: second waits. first leaves: second gets the event seat and, the small
        // workshop now empty and nobody confirmed waiting for it, that seat with it: one mail
        registrations.cancelOwn(event.id(), first);
        assertEquals(List.of("event.waiting", "event.promoted"), kinds(second));

        // a bigger event where the small workshop is full: waiting for it ends with its own mail
        var bigger = Fixtures.event().title(Fixtures.unique("Workshopmail")).capacity(10)
                .workshop("Middag", "Klein", 1).workshop("Middag", "Groot", 50).create();
        long biggerRound = bigger.round("Middag");
        long holder = account();
        long waiter = account();
        registrations.register(bigger.id(), holder, Map.of(biggerRound, bigger.workshop("Klein")), null);
        registrations.register(bigger.id(), waiter, Map.of(biggerRound, bigger.workshop("Klein")), null);
        registrations.changeWorkshop(bigger.id(), holder, biggerRound, bigger.workshop("Groot"));
        assertEquals(List.of("event.confirmed", "event.workshopPromoted"), kinds(waiter));
    }

    private static List<String> kinds(long account) {
        return Db.rows("SELECT m.kind FROM mail_log m JOIN account a ON a.email = m.recipient WHERE a.id = ? "
                + "ORDER BY m.id", account).stream().map(row -> row.get(0)).toList();
    }

    private static long account() {
        return Fixtures.account("workshop").id();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
