package nl.ingrado.portal.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import nl.ingrado.portal.shared.control.Settings;

/**
 * Every newsletter setting in one place, from MicroProfile Config under {@code portal.newsletter.}
 * (system property {@code portal.newsletter.threads} or environment variable
 * {@code PORTAL_NEWSLETTER_THREADS}), each with its default and its floor. The README lists them.
 */
@ApplicationScoped
public class NewsletterSettings {

    private Settings values = Settings.fromConfig("portal.newsletter.");

    /** Settings from these values (names without the prefix) and the defaults for the rest: for tests. */
    public static NewsletterSettings of(Map<String, String> values) {
        var settings = new NewsletterSettings();
        settings.values = Settings.of(values);
        return settings;
    }

    /** Sender shown to readers. */
    public String from() {
        return values.text("from", "Ingrado Nieuwsbrief <nieuwsbrief@ingrado.nl>");
    }

    public Optional<String> replyTo() {
        return values.nonBlank("reply-to");
    }

    /** Envelope sender (SMTP MAIL FROM): where bounces go; the bounce mailbox below reads them. */
    public String returnPath() {
        return values.text("return-path", "bounces@ingrado.nl");
    }

    /** The mailto part of List-Unsubscribe; mail to it is read from the bounce mailbox. */
    public String unsubscribeMailto() {
        return values.text("unsubscribe-mailto", "bounces@ingrado.nl");
    }

    /** Sending threads, each with its own SMTP connection. */
    public int threads() {
        return Math.max(1, values.number("threads", 4));
    }

    /** Messages per second over all threads of a node; 0 means no limit. */
    public double rate() {
        return Math.max(0, values.decimal("rate", 0));
    }

    /** Attempts per recipient before a temporary failure counts as permanent. */
    public int maxAttempts() {
        return Math.max(1, values.number("max-attempts", 5));
    }

    /** First retry after this many seconds, doubling each time. */
    public int retrySeconds() {
        return Math.max(1, values.number("retry-seconds", 60));
    }

    /** How long a node's claim on an edition lasts without renewal (it renews every third of it). */
    public int leaseSeconds() {
        return Math.max(3, values.number("lease-seconds", 15));
    }

    /** How often each node looks for due or orphaned editions. */
    public int pollSeconds() {
        return Math.max(1, values.number("poll-seconds", 5));
    }

    public Optional<String> dkimDomain() {
        return values.nonBlank("dkim.domain");
    }

    public Optional<String> dkimSelector() {
        return values.nonBlank("dkim.selector");
    }

    /** PKCS#8 private key (PEM or DER file). DKIM signing is on when domain, selector and key are set. */
    public Optional<String> dkimKeyFile() {
        return values.nonBlank("dkim.key-file");
    }

    /** The bounce mailbox (IMAP). Polling is on when a host is set. */
    public Optional<String> bounceHost() {
        return values.nonBlank("bounce.host");
    }

    public int bouncePort() {
        return values.number("bounce.port", 993);
    }

    public boolean bounceSsl() {
        return values.flag("bounce.ssl", true);
    }

    public Optional<String> bounceUser() {
        return values.nonBlank("bounce.user");
    }

    public Optional<String> bouncePassword() {
        return values.text("bounce.password");
    }

    public String bounceFolder() {
        return values.text("bounce.folder", "INBOX");
    }

    public int bouncePollSeconds() {
        return Math.max(5, values.number("bounce.poll-seconds", 300));
    }

    /** Soft bounces (mailbox full, …) in a row that stop mail to an address, like one hard bounce. */
    public int softBounceLimit() {
        return Math.max(1, values.number("bounce.soft-limit", 3));
    }

    /** Hours a double opt-in link stays valid. */
    public int confirmHours() {
        return Math.max(1, values.number("confirm-hours", 48));
    }
}
