package nl.ingrado.portal.invoice.boundary;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ingrado.portal.invoice.control.InvoiceSettings;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.shared.control.ClockJob;
import nl.ingrado.portal.shared.control.Clocks;

/**
 * The invoices' jobs: daily at 08:15 the payment reminders; every {@code event-fee-interval-seconds}
 * (60) the invoices of newly confirmed registrations of non-members, so each follows its confirmation
 * within a minute without the registration waiting for a PDF. Every node runs them; the guarded claim
 * and the unique source keep each reminder and each invoice single.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvoiceJobs {

    private static final Logger LOG = Logger.getLogger(InvoiceJobs.class.getName());

    static final String SYSTEM = "system";

    @Inject
    InvoiceReminders reminders;

    @Inject
    Invoicing invoicing;

    @Inject
    InvoiceSettings settings;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        int seconds = settings.eventFeeIntervalSeconds();
        if (seconds > 0) {
            timers.createIntervalTimer(seconds * 1000L, seconds * 1000L,
                    new TimerConfig("event fee invoices every " + seconds + " s", false));
        }
    }

    @ClockJob
    @Schedule(hour = "8", minute = "15", persistent = false)
    void daily() {
        try {
            int sent = reminders.sendDue();
            if (sent > 0) {
                LOG.info(() -> "Sent " + sent + " invoice reminder(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Invoice reminders could not be sent: " + e.getMessage(), e);
        }
    }

    @Timeout
    void eventFees() {
        try {
            var result = invoicing.run(InvoicePurpose.EVENT_FEE,
                    LocalDate.now(clock.withZone(Clocks.AMSTERDAM)).getYear(),
                    SYSTEM);
            if (result.issued() > 0) {
                LOG.info(() -> "Issued " + result.issued() + " event fee invoice(s)");
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment: the next tick tries again
            LOG.log(Level.WARNING, "Event fee invoices could not be issued: " + e.getMessage(), e);
        }
    }
}
