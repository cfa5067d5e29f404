package nl.ingrado.portal.invoice.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.ingrado.portal.invoice.control.InvoiceSettings;
import nl.ingrado.portal.invoice.entity.Invoice;
import nl.ingrado.portal.invoice.entity.InvoiceKind;
import nl.ingrado.portal.invoice.entity.InvoiceStatus;
import nl.ingrado.portal.shared.control.Clocks;

/**
 * Reminders of unpaid invoices: the first {@code reminder-days[0]} days after the due date, the second
 * {@code reminder-days[1]} days after it. Each reminder is claimed with a guarded update first, so two
 * nodes running this at once send it once.
 */
@Stateless
public class InvoiceReminders {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    InvoiceSettings settings;

    @Inject
    InvoiceIssuer issuer;

    /** Sends the reminders due today; how many. */
    public int sendDue() {
        var days = settings.reminderDays();
        if (days.isEmpty()) {
            return 0;
        }
        var today = LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
        var candidates = em.createQuery("select i from Invoice i where i.kind = :k and i.status in :s "
                + "and i.remindersSent < :n and i.dueDate < :today order by i.id", Invoice.class)
                .setParameter("k", InvoiceKind.INVOICE)
                .setParameter("s", List.of(InvoiceStatus.OPEN, InvoiceStatus.PARTLY_PAID))
                .setParameter("n", days.size()).setParameter("today", today).getResultList();
        int sent = 0;
        for (var invoice : candidates) {
            int already = invoice.getRemindersSent();
            if (invoice.getDueDate().plusDays(days.get(already)).isAfter(today)
                    || invoice.outstanding().signum() <= 0) {
                continue;
            }
            int claimed = em.createNativeQuery("UPDATE invoice SET reminders_sent = reminders_sent + 1, "
                    + "last_reminder_on = ?1, version = version + 1 WHERE id = ?2 AND reminders_sent = ?3")
                    .setParameter(1, today).setParameter(2, invoice.getId()).setParameter(3, already)
                    .executeUpdate();
            if (claimed == 1) {
                issuer.remind(invoice, already + 1);
                sent++;
            }
        }
        return sent;
    }
}
