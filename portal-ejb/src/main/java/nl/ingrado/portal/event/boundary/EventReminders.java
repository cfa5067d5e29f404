package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.ingrado.portal.shared.control.ClockJob;

/** Hourly: reminders for events that start within their configured number of days. */
@Singleton
public class EventReminders {

    private static final Logger LOG = Logger.getLogger(EventReminders.class.getName());

    @Inject
    Reminders reminders;

    @ClockJob
    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        int sent = reminders.sendDue();
        if (sent > 0) {
            LOG.info(() -> "Sent " + sent + " event reminder(s)");
        }
    }
}
