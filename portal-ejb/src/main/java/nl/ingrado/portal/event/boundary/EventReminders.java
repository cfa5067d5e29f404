package nl.ingrado.portal.event.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ingrado.portal.shared.control.ClockJob;
import nl.ingrado.portal.shared.control.Settings;

/**
 * Hourly: reminders for events that start within their configured number of days. Every node runs it;
 * the event's guarded claim ({@link Reminders}) lets one node send each event's reminders.
 * {@code portal.event-reminders.interval-seconds} adds a timer that runs it that often, too (e.g. to
 * see two nodes race for the claim without waiting for the hour).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each run is Reminders' own transaction
public class EventReminders {

    private static final Logger LOG = Logger.getLogger(EventReminders.class.getName());

    @Inject
    Reminders reminders;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        int seconds = Settings.fromConfig("portal.event-reminders.").number("interval-seconds", 0);
        if (seconds > 0) {
            timers.createIntervalTimer(seconds * 1000L, seconds * 1000L,
                    new TimerConfig("event reminders every " + seconds + " s", false));
        }
    }

    @ClockJob
    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        send();
    }

    @Timeout
    void interval() {
        send();
    }

    private void send() {
        try {
            int sent = reminders.sendDue();
            if (sent > 0) {
                LOG.info(() -> "Sent " + sent + " event reminder(s)");
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment: the timer stays, the next run tries again
            LOG.log(Level.WARNING, "Event reminders could not be sent: " + e.getMessage(), e);
        }
    }
}
