package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ingrado.portal.event.control.EventCalendar;
import nl.ingrado.portal.event.entity.Audience;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.mail.boundary.MailLimits;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Email;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * Guests (no account) register for events open to everyone: the request is stored with the hash of
 * a secret, the secret is mailed as a link (single use, 48 hours), and following it makes the
 * registration through the same capacity path as everyone else's.
 */
@Stateless
public class GuestRegistrations {

    static final Duration VALIDITY = Duration.ofHours(48);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Registrations registrations;

    @Inject
    MailService mail;

    @Inject
    MailLimits limits;

    @Inject
    PortalSettings settings;

    /**
     * Checks the request and mails the guest a link to confirm it; past the mail limits for the address
     * or the client ({@link MailLimits}) nothing is stored or mailed, and the answer is the same.
     */
    public void request(long eventId, String name, String email, String language, Map<Long, Long> choices,
            String remarks, String clientAddress) {
        var event = Entities.found(em, Event.class, eventId, "event.notFound");
        var cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > Lengths.NAME) {
            throw BusinessException.onField("guestName", "guest.name.required");
        }
        var address = Email.normalize(email);
        if (!Email.isValid(address)) {
            throw BusinessException.onField("guestEmail", "guest.email.invalid");
        }
        if (event.getAudience() != Audience.EVERYONE) {
            throw new BusinessException("registration.membersOnly");
        }
        var refusal = event.registrationRefusal(LocalDateTime.now(clock.withZone(Clocks.AMSTERDAM)));
        if (refusal != null) {
            throw new BusinessException(refusal);
        }
        for (var round : event.getRounds()) {
            var workshopId = choices == null ? null : choices.get(round.getId());
            if (!round.getWorkshops().isEmpty() && (workshopId == null
                    || round.getWorkshops().stream().noneMatch(w -> w.getId().equals(workshopId)))) {
                throw BusinessException.onField("workshop", "registration.workshop.required",
                        round.getName());
            }
        }
        if (remarks != null && remarks.strip().length() > Lengths.REMARKS) {
            throw BusinessException.onField("guestRemarks", "registration.remarks.tooLong", Lengths.REMARKS);
        }
        if (!limits.allow(address, clientAddress)) {
            return;
        }
        var token = SecretTokens.newToken();
        var now = Clocks.nowUtc(clock);
        em.createNativeQuery(
                "INSERT INTO guest_request (event_id, token_hash, name, email, language, choices, remarks, "
                        + "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, eventId)
                .setParameter(2, SecretTokens.sha256(token)).setParameter(3, cleanName)
                .setParameter(4, address)
                .setParameter(5, "en".equals(language) ? "en" : "nl")
                .setParameter(6, choices == null
                        ? ""
                        : choices.entrySet().stream()
                                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")))
                .setParameter(7, remarks == null || remarks.isBlank() ? null : remarks.strip())
                .setParameter(8, now).setParameter(9, now.plus(VALIDITY)).executeUpdate();
        mail.send(address, "en".equals(language) ? "en" : "nl", "event.guestConfirm", cleanName,
                event.getTitle(),
                EventCalendar.when(event, "en".equals(language) ? "en" : "nl"),
                settings.baseUrl() + "/events/guest.xhtml?token=" + token, VALIDITY.toHours());
    }

    /** Whether a link can still be used (so the page can say so before the button). */
    public boolean isUsable(String token) {
        return !pending(token).isEmpty();
    }

    /** Follows the mailed link: registers the guest; returns the code of their registration page. */
    public String confirm(String token) {
        var found = pending(token);
        if (found.isEmpty()) {
            throw new BusinessException("token.invalid");
        }
        var row = found.get(0);
        long id = ((Number) row[0]).longValue();
        int claimed = em
                .createNativeQuery("UPDATE guest_request SET used_at = ? WHERE id = ? AND used_at IS NULL")
                .setParameter(1, Clocks.nowUtc(clock)).setParameter(2, id).executeUpdate();
        if (claimed == 0) {
            throw new BusinessException("token.invalid");
        }
        var choices = new java.util.HashMap<Long, Long>();
        var text = (String) row[5];
        if (text != null && !text.isBlank()) {
            for (var pair : text.split(",")) {
                var parts = pair.split(":");
                choices.put(Long.valueOf(parts[0]), Long.valueOf(parts[1]));
            }
        }
        var outcome = registrations.registerGuest(((Number) row[1]).longValue(), (String) row[2],
                (String) row[3],
                (String) row[4], choices, (String) row[6]);
        return registrations.codeOf(outcome.registrationId());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> pending(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return List.of();
        }
        return em
                .createNativeQuery(
                        "SELECT id, event_id, name, email, language, choices, remarks FROM guest_request "
                                + "WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .setParameter(1, SecretTokens.sha256(token.strip())).setParameter(2, Clocks.nowUtc(clock))
                .getResultList();
    }
}
