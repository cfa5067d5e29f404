package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.shared.control.Clocks;

/**
 * Reminder mails, once per event: the event is claimed with a guarded update (reminder not yet
 * sent), so with several nodes only one sends, and a failure rolls the claim back with the mails.
 */
@Stateless
public class Reminders {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EventMails mails;

    public int sendDue() {
        var now = LocalDateTime.now(clock.withZone(Clocks.AMSTERDAM));
        var due = em
                .createQuery(
                        "select e from Event e where e.reminderSentAt is null and e.status = 'PUBLISHED' "
                                + "and e.startsAt > :now",
                        Event.class)
                .setParameter("now", now).getResultList().stream()
                .filter(e -> !e.getStartsAt().minusDays(e.getReminderDays()).isAfter(now)).toList();
        int sent = 0;
        for (var event : due) {
            int claimed = em.createQuery("update Event e set e.reminderSentAt = :at where e.id = :id "
                    + "and e.reminderSentAt is null").setParameter("at", Clocks.nowUtc(clock))
                    .setParameter("id", event.getId()).executeUpdate();
            if (claimed == 0) {
                continue;
            }
            for (var registration : em
                    .createQuery("select r from Registration r where r.event.id = :e and r.status = "
                            + "nl.ingrado.portal.event.entity.RegistrationStatus.CONFIRMED",
                            Registration.class)
                    .setParameter("e", event.getId()).getResultList()) {
                mails.reminder(registration);
                sent++;
            }
        }
        return sent;
    }
}
