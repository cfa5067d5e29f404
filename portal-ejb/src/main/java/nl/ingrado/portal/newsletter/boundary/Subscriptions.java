package nl.ingrado.portal.newsletter.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.ingrado.portal.mail.boundary.MailLimits;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.member.boundary.PrivacyService;
import nl.ingrado.portal.newsletter.control.NewsletterSettings;
import nl.ingrado.portal.newsletter.control.UnsubscribeTokens;
import nl.ingrado.portal.newsletter.entity.ConsentSource;
import nl.ingrado.portal.newsletter.entity.Subscriber;
import nl.ingrado.portal.newsletter.entity.SubscriberStatus;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Email;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * Consent for the newsletter (Telecommunicatiewet 11.7): the public double opt-in, a member's
 * subscription from their profile, and every way out. Each step appends a row to {@code nl_consent}
 * with time, source and the exact text agreed to, so consent can be proven later.
 */
@Stateless
public class Subscriptions {

    /** What the public form's checkbox says; stored word for word as the text agreed to. */
    private static final String FORM_NL = "Ja, ik wil de Ingrado Nieuwsbrief elke twee weken per e-mail ontvangen. "
            + "Ik kan me altijd weer uitschrijven via de link in elke nieuwsbrief.";
    private static final String FORM_EN = "Yes, I want to receive the Ingrado Newsletter by email every two weeks. "
            + "I can unsubscribe at any time through the link in every newsletter.";
    /** What the profile says next to its button (a logged-in member needs no confirmation mail). */
    private static final String PROFILE_NL = "Ja, stuur mij de Ingrado Nieuwsbrief elke twee weken op het "
            + "e-mailadres van mijn account. Ik kan me altijd weer uitschrijven.";
    private static final String PROFILE_EN = "Yes, send me the Ingrado Newsletter every two weeks at the email "
            + "address of my account. I can unsubscribe at any time.";

    private static final Pattern CONFIRM_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String SUBSCRIBER_COLUMNS = "id, email, name, language, account_id, status, created_at, "
            + "confirmed_at, unsubscribed_at, bounced_at, bounce_reason, soft_bounces";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailService mail;

    @Inject
    MailLimits limits;

    @Inject
    NewsletterSettings settings;

    @Inject
    PortalSettings portal;

    @Inject
    UnsubscribeTokens tokens;

    /** Where an unsubscribe link leads: who (address masked for the page) and from which edition. */
    public record UnsubscribeTarget(long subscriberId, Long editionId, String maskedEmail,
            SubscriberStatus status,
            String language) {
    }

    /** How a confirmation link stands, so the page can say so before anyone presses a button. */
    public enum LinkState {
        VALID, USED, EXPIRED, UNKNOWN
    }

    /** One consent row, for the data export and the member's own view. */
    public record Consent(String action, String source, String detail, String consentText, Long editionId,
            LocalDateTime at) {
    }

    /** The sentence a subscriber agrees to, in {@code language}, for the public form or the profile. */
    public static String consentText(ConsentSource source, String language) {
        boolean en = "en".equals(language);
        return source == ConsentSource.PROFILE ? (en ? PROFILE_EN : PROFILE_NL) : (en ? FORM_EN : FORM_NL);
    }

    /**
     * The public form. Always answers the same way ("check your mailbox"), whatever the address's
     * state, so the form tells nobody who is subscribed. Someone already subscribed gets a short note
     * instead of a second subscription.
     */
    public void subscribePublic(String email, String name, String language, String clientAddress) {
        var address = validEmail(email);
        var cleanName = name == null || name.isBlank() ? null : name.strip();
        if (cleanName != null && cleanName.length() > Lengths.NAME) {
            throw BusinessException.onField("name", "newsletter.name.tooLong", Lengths.NAME);
        }
        var lang = "en".equals(language) ? "en" : "nl";
        var now = Clocks.nowUtc(clock);
        // the form can mail any address: past the limits per address and per client, silence (same answer)
        if (!limits.allow(address, clientAddress)) {
            return;
        }
        // INSERT IGNORE first: a double-clicked form finds the row the first click made, instead of a
        // duplicate-key error
        boolean created = em
                .createNativeQuery("INSERT IGNORE INTO nl_subscriber (email, name, language, status, "
                        + "created_at) VALUES (?, ?, ?, 'PENDING', ?)")
                .setParameter(1, address).setParameter(2, cleanName)
                .setParameter(3, lang).setParameter(4, now).executeUpdate() == 1;
        var existing = byEmailForUpdate(address).orElseThrow();
        if (existing.status() == SubscriberStatus.SUBSCRIBED) {
            mail.send(address, existing.language(), "newsletter.already",
                    portal.baseUrl() + "/newsletter/index.xhtml");
            return;
        }
        long id = existing.id();
        if (!created) {
            if (existing.status() == SubscriberStatus.PENDING) {
                // still waiting for the first confirmation: the newest form counts for name and language
                em.createNativeQuery("UPDATE nl_subscriber SET name = COALESCE(?, name), language = ?, "
                        + "version = version + 1 WHERE id = ?").setParameter(1, cleanName)
                        .setParameter(2, lang)
                        .setParameter(3, id).executeUpdate();
            }
            // unsubscribed or bouncing stays so until the link is used: a form alone changes nobody's mail
        }
        var text = consentText(ConsentSource.PUBLIC_FORM, lang);
        appendConsent(id, "REQUESTED", ConsentSource.PUBLIC_FORM, clip(clientAddress, 300), text, null, null,
                now);
        var token = SecretTokens.newToken();
        em.createNativeQuery(
                "INSERT INTO nl_confirmation (subscriber_id, token_hash, consent_text, created_at, "
                        + "expires_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, SecretTokens.sha256(token)).setParameter(3, text).setParameter(4, now)
                .setParameter(5, now.plusHours(settings.confirmHours())).executeUpdate();
        mail.send(address, lang, "newsletter.confirm",
                portal.baseUrl() + "/newsletter/confirm.xhtml?token=" + token, settings.confirmHours());
    }

    /** Whether a confirmation link can still be used; changes nothing. */
    @SuppressWarnings("unchecked")
    public LinkState linkState(String token) {
        if (token == null || !CONFIRM_TOKEN.matcher(token).matches()) {
            return LinkState.UNKNOWN;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT used_at, expires_at FROM nl_confirmation "
                + "WHERE token_hash = ?").setParameter(1, SecretTokens.sha256(token)).getResultList();
        if (rows.isEmpty()) {
            return LinkState.UNKNOWN;
        }
        if (rows.get(0)[0] != null) {
            return LinkState.USED;
        }
        return Columns.dateTime(rows.get(0)[1]).isAfter(Clocks.nowUtc(clock))
                ? LinkState.VALID
                : LinkState.EXPIRED;
    }

    public void confirm(String token) {
        confirm(token, null);
    }

    /** The double opt-in's second step: single use, before it expires. */
    @SuppressWarnings("unchecked")
    public void confirm(String token, String clientAddress) {
        if (token == null || !CONFIRM_TOKEN.matcher(token).matches()) {
            throw new BusinessException("newsletter.confirm.unknown");
        }
        List<Object[]> rows = em
                .createNativeQuery("SELECT id, subscriber_id, consent_text, expires_at, used_at "
                        + "FROM nl_confirmation WHERE token_hash = ? FOR UPDATE")
                .setParameter(1, SecretTokens.sha256(token)).getResultList();
        if (rows.isEmpty()) {
            throw new BusinessException("newsletter.confirm.unknown");
        }
        var row = rows.get(0);
        var now = Clocks.nowUtc(clock);
        if (row[4] != null) {
            throw new BusinessException("newsletter.confirm.used");
        }
        if (!Columns.dateTime(row[3]).isAfter(now)) {
            throw new BusinessException("newsletter.confirm.expired");
        }
        long subscriberId = ((Number) row[1]).longValue();
        em.createNativeQuery("UPDATE nl_confirmation SET used_at = ? WHERE id = ?").setParameter(1, now)
                .setParameter(2, ((Number) row[0]).longValue()).executeUpdate();
        em.createNativeQuery("UPDATE nl_subscriber SET status = 'SUBSCRIBED', confirmed_at = ?, "
                + "unsubscribed_at = NULL, soft_bounces = 0, version = version + 1 WHERE id = ?")
                .setParameter(1, now).setParameter(2, subscriberId).executeUpdate();
        appendConsent(subscriberId, "CONFIRMED", ConsentSource.PUBLIC_FORM, clip(clientAddress, 300),
                (String) row[2], null, null, now);
    }

    /** The member's subscription, found by account or else by the account's address. */
    public Optional<Subscriber> statusFor(long accountId) {
        return ofAccount(accountId, false);
    }

    /** From the profile: logged in, so the address is proven and no confirmation mail is needed. */
    public void subscribeMember(long accountId) {
        subscribeMember(accountId, null);
    }

    /** As {@link #subscribeMember(long)}, storing the consent text in the language the page showed it in. */
    public void subscribeMember(long accountId, String shownLanguage) {
        var account = account(accountId);
        var textLanguage = shownLanguage == null ? account.language() : shownLanguage;
        var now = Clocks.nowUtc(clock);
        var existing = ofAccount(accountId, true);
        long id;
        if (existing.isEmpty() && em.createNativeQuery(
                "INSERT IGNORE INTO nl_subscriber (email, name, language, account_id, status, created_at, "
                        + "confirmed_at) VALUES (?, ?, ?, ?, 'SUBSCRIBED', ?, ?)")
                .setParameter(1, account.email())
                .setParameter(2, account.name()).setParameter(3, account.language())
                .setParameter(4, accountId)
                .setParameter(5, now).setParameter(6, now).executeUpdate() == 1) {
            id = NativeRows.lastId(em);
        } else if (existing.isEmpty() && (existing = ofAccount(accountId, true)).isEmpty()) {
            // the address belongs to a subscriber linked to another account (an address that moved)
            throw new BusinessException("newsletter.profile.addressTaken");
        } else if (existing.get().status() == SubscriberStatus.SUBSCRIBED) {
            return;
        } else {
            id = existing.get().id();
            em.createNativeQuery("UPDATE nl_subscriber SET status = 'SUBSCRIBED', confirmed_at = ?, "
                    + "unsubscribed_at = NULL, soft_bounces = 0, account_id = ?, name = COALESCE(name, ?), "
                    + "language = ?, version = version + 1 WHERE id = ?").setParameter(1, now)
                    .setParameter(2, accountId).setParameter(3, account.name())
                    .setParameter(4, account.language())
                    .setParameter(5, id).executeUpdate();
        }
        appendConsent(id, "SUBSCRIBED", ConsentSource.PROFILE, null,
                consentText(ConsentSource.PROFILE, textLanguage), account.email(), null, now);
    }

    public void unsubscribeMember(long accountId) {
        var account = account(accountId);
        ofAccount(accountId, true).ifPresent(s -> unsubscribe(s.id(), ConsentSource.PROFILE, null, null,
                account.email()));
    }

    /** Who an unsubscribe token names, without changing anything (the GET page). */
    @SuppressWarnings("unchecked")
    public Optional<UnsubscribeTarget> unsubscribeTarget(String token) {
        var target = tokens.verify(token);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = em
                .createNativeQuery("SELECT email, status, language FROM nl_subscriber WHERE id = ?")
                .setParameter(1, target.get().subscriberId()).getResultList();
        if (rows.isEmpty()) {
            // a signed link of someone since erased
            return Optional.empty();
        }
        var row = rows.get(0);
        return Optional.of(new UnsubscribeTarget(target.get().subscriberId(), target.get().edition(),
                mask((String) row[0]), SubscriberStatus.valueOf((String) row[1]), (String) row[2]));
    }

    /** Unsubscribes whoever a signed link names; empty when the token is forged or its subscriber is gone. */
    public Optional<UnsubscribeTarget> unsubscribeByToken(String token, ConsentSource source, String detail) {
        var target = unsubscribeTarget(token);
        target.ifPresent(t -> unsubscribe(t.subscriberId(), source, t.editionId(), detail));
        return target;
    }

    /**
     * Stops the newsletter for a subscriber and skips what is still queued for them. Idempotent: a
     * second call (the one-click POST after the footer link, say) changes and records nothing.
     */
    public void unsubscribe(long subscriberId, ConsentSource source, Long editionId, String detail) {
        unsubscribe(subscriberId, source, editionId, detail, null);
    }

    /**
     * The one way a subscriber stops receiving by choice (theirs, or staff on their request): status,
     * a consent row, queued copies skipped. False when they were unsubscribed already.
     */
    public boolean unsubscribe(long subscriberId, ConsentSource source, Long editionId, String detail,
            String actor) {
        var now = Clocks.nowUtc(clock);
        int changed = em
                .createNativeQuery("UPDATE nl_subscriber SET status = 'UNSUBSCRIBED', unsubscribed_at = ?, "
                        + "version = version + 1 WHERE id = ? AND status <> 'UNSUBSCRIBED'")
                .setParameter(1, now)
                .setParameter(2, subscriberId).executeUpdate();
        if (changed == 1) {
            appendConsent(subscriberId, "UNSUBSCRIBED", source, clip(detail, 300), null, actor, editionId,
                    now);
        }
        em.createNativeQuery(
                "UPDATE nl_delivery SET status = 'SKIPPED' WHERE subscriber_id = ? AND status = 'QUEUED'")
                .setParameter(1, subscriberId).executeUpdate();
        return changed == 1;
    }

    /** The consent history of a subscriber, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Consent> consents(long subscriberId) {
        List<Object[]> rows = em
                .createNativeQuery("SELECT action, source, source_detail, consent_text, edition_id, at "
                        + "FROM nl_consent WHERE subscriber_id = ? ORDER BY at, id")
                .setParameter(1, subscriberId)
                .getResultList();
        return rows.stream().map(r -> new Consent((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                r[4] == null ? null : ((Number) r[4]).longValue(), Columns.dateTime(r[5]))).toList();
    }

    /** The subscription and its proof of consent in the member's data export. */
    public void onExporting(@Observes PrivacyService.Exporting exporting) {
        ofAccount(exporting.accountId(), false).ifPresent(s -> {
            var history = Json.createArrayBuilder();
            consents(s.id()).forEach(c -> history.add(Json.createObjectBuilder().add("at", c.at().toString())
                    .add("action", c.action()).add("source", c.source())
                    .add("detail", c.detail() == null ? "" : c.detail())
                    .add("consentText", c.consentText() == null ? "" : c.consentText())
                    .add("edition", c.editionId() == null ? "" : c.editionId().toString())));
            exporting.json().add("newsletter", Json.createObjectBuilder().add("email", s.email())
                    .add("status", s.status().name()).add("language", s.language())
                    .add("createdAt", s.createdAt().toString())
                    .add("confirmedAt", String.valueOf(s.confirmedAt()))
                    .add("unsubscribedAt", String.valueOf(s.unsubscribedAt())).add("consent", history));
        });
    }

    /** Erasure: the subscription goes with its consent, confirmations, deliveries and bounces (cascade). */
    public void onErasing(@Observes PrivacyService.Erasing erasing) {
        em.createNativeQuery("DELETE FROM nl_subscriber WHERE account_id = ? OR email = ?")
                .setParameter(1, erasing.accountId()).setParameter(2, erasing.email()).executeUpdate();
    }

    private record AccountRow(String email, String name, String language) {
    }

    @SuppressWarnings("unchecked")
    private AccountRow account(long accountId) {
        List<Object[]> rows = em
                .createNativeQuery("SELECT email, display_name, preferred_language FROM account "
                        + "WHERE id = ?")
                .setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            throw new BusinessException("account.notFound");
        }
        var r = rows.get(0);
        return new AccountRow((String) r[0], (String) r[1], "en".equals(r[2]) ? "en" : "nl");
    }

    @SuppressWarnings("unchecked")
    private Optional<Subscriber> ofAccount(long accountId, boolean forUpdate) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + SUBSCRIBER_COLUMNS + " FROM nl_subscriber "
                + "WHERE account_id = ?" + (forUpdate ? " FOR UPDATE" : "")).setParameter(1, accountId)
                .getResultList();
        if (rows.isEmpty()) {
            // subscribed on the public form with the same address before (or without) having an account
            rows = em.createNativeQuery("SELECT " + SUBSCRIBER_COLUMNS + " FROM nl_subscriber s "
                    + "WHERE s.account_id IS NULL AND s.email = (SELECT email FROM account WHERE id = ?)"
                    + (forUpdate ? " FOR UPDATE" : "")).setParameter(1, accountId).getResultList();
        }
        return rows.stream().findFirst().map(Subscriptions::subscriber);
    }

    @SuppressWarnings("unchecked")
    private Optional<Subscriber> byEmailForUpdate(String email) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + SUBSCRIBER_COLUMNS + " FROM nl_subscriber "
                + "WHERE email = ? FOR UPDATE").setParameter(1, email).getResultList();
        return rows.stream().findFirst().map(Subscriptions::subscriber);
    }

    private void appendConsent(long subscriberId, String action, ConsentSource source, String detail,
            String text,
            String actor, Long editionId, LocalDateTime at) {
        // an edition id from a signed link may name an edition deleted since (a draft's test mail)
        em.createNativeQuery(
                "INSERT INTO nl_consent (subscriber_id, action, source, source_detail, consent_text, "
                        + "actor, edition_id, at) VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM nl_edition WHERE id = ?), ?)")
                .setParameter(1, subscriberId).setParameter(2, action).setParameter(3, source.name())
                .setParameter(4, detail).setParameter(5, text).setParameter(6, actor)
                .setParameter(7, editionId == null ? -1L : editionId).setParameter(8, at).executeUpdate();
    }

    static String validEmail(String email) {
        return Email.required(email, "newsletter.email.required", "newsletter.email.invalid");
    }

    /** {@code j***@example.org}: enough for the owner to recognise, little for anyone else. */
    static String mask(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    private static String clip(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

    private static Subscriber subscriber(Object[] r) {
        return new Subscriber(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                r[4] == null ? null : ((Number) r[4]).longValue(), SubscriberStatus.valueOf((String) r[5]),
                Columns.dateTime(r[6]), Columns.dateTime(r[7]), Columns.dateTime(r[8]),
                Columns.dateTime(r[9]), (String) r[10], ((Number) r[11]).intValue());
    }
}
