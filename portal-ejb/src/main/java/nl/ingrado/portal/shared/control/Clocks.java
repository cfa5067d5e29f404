package nl.ingrado.portal.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The one clock of the portal: times are stored in UTC and shown in Europe/Amsterdam. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    public static LocalDateTime nowUtc(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
