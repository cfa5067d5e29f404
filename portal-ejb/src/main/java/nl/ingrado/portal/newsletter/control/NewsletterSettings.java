package nl.ingrado.portal.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every newsletter setting in one place, from MicroProfile Config (system property
 * {@code portal.newsletter.threads} or environment variable {@code PORTAL_NEWSLETTER_THREADS}).
 * The README lists them.
 */
@ApplicationScoped
public class NewsletterSettings {

    /** Sender shown to readers. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.from", defaultValue = "Ingrado Nieuwsbrief <nieuwsbrief@ingrado.nl>")
    String from;

    @Inject
    @ConfigProperty(name = "portal.newsletter.reply-to")
    Optional<String> replyTo;

    /** Envelope sender (SMTP MAIL FROM): where bounces go; the bounce mailbox below reads them. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.return-path", defaultValue = "bounces@ingrado.nl")
    String returnPath;

    /** The mailto part of List-Unsubscribe; mail to it is read from the bounce mailbox. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.unsubscribe-mailto", defaultValue = "bounces@ingrado.nl")
    String unsubscribeMailto;

    /** Sending threads, each with its own SMTP connection. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.threads", defaultValue = "4")
    int threads;

    /** Messages per second over all threads of a node; 0 means no limit. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.rate", defaultValue = "0")
    double rate;

    /** Attempts per recipient before a temporary failure counts as permanent. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.max-attempts", defaultValue = "5")
    int maxAttempts;

    /** First retry after this many seconds, doubling each time. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.retry-seconds", defaultValue = "60")
    int retrySeconds;

    /** How long a node's claim on an edition lasts without renewal (it renews every third of it). */
    @Inject
    @ConfigProperty(name = "portal.newsletter.lease-seconds", defaultValue = "15")
    int leaseSeconds;

    /** How often each node looks for due or orphaned editions. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "portal.newsletter.dkim.domain")
    Optional<String> dkimDomain;

    @Inject
    @ConfigProperty(name = "portal.newsletter.dkim.selector")
    Optional<String> dkimSelector;

    /** PKCS#8 private key (PEM or DER file). DKIM signing is on when domain, selector and key are set. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.dkim.key-file")
    Optional<String> dkimKeyFile;

    /** The bounce mailbox (IMAP). Polling is on when a host is set. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.bounce.host")
    Optional<String> bounceHost;

    @Inject
    @ConfigProperty(name = "portal.newsletter.bounce.port", defaultValue = "993")
    int bouncePort;

    @Inject
    @ConfigProperty(name = "portal.newsletter.bounce.ssl", defaultValue = "true")
    boolean bounceSsl;

    @Inject
    @ConfigProperty(name = "portal.newsletter.bounce.user")
    Optional<String> bounceUser;

    @Inject
    @ConfigProperty(name = "portal.newsletter.bounce.password")
    Optional<String> bouncePassword;

    @Inject
    @ConfigProperty(name = "portal.newsletter.bounce.folder", defaultValue = "INBOX")
    String bounceFolder;

    @Inject
    @ConfigProperty(name = "portal.newsletter.bounce.poll-seconds", defaultValue = "300")
    int bouncePollSeconds;

    /** Soft bounces (mailbox full, …) in a row that stop mail to an address, like one hard bounce. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.bounce.soft-limit", defaultValue = "3")
    int softBounceLimit;

    /** Hours a double opt-in link stays valid. */
    @Inject
    @ConfigProperty(name = "portal.newsletter.confirm-hours", defaultValue = "48")
    int confirmHours;

    public String from() {
        return from;
    }
    public Optional<String> replyTo() {
        return replyTo.filter(s -> !s.isBlank());
    }
    public String returnPath() {
        return returnPath;
    }
    public String unsubscribeMailto() {
        return unsubscribeMailto;
    }
    public int threads() {
        return Math.max(1, threads);
    }
    public double rate() {
        return Math.max(0, rate);
    }
    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }
    public int retrySeconds() {
        return Math.max(1, retrySeconds);
    }
    public int leaseSeconds() {
        return Math.max(3, leaseSeconds);
    }
    public int pollSeconds() {
        return Math.max(1, pollSeconds);
    }
    public Optional<String> dkimDomain() {
        return dkimDomain.filter(s -> !s.isBlank());
    }
    public Optional<String> dkimSelector() {
        return dkimSelector.filter(s -> !s.isBlank());
    }
    public Optional<String> dkimKeyFile() {
        return dkimKeyFile.filter(s -> !s.isBlank());
    }
    public Optional<String> bounceHost() {
        return bounceHost.filter(s -> !s.isBlank());
    }
    public int bouncePort() {
        return bouncePort;
    }
    public boolean bounceSsl() {
        return bounceSsl;
    }
    public Optional<String> bounceUser() {
        return bounceUser.filter(s -> !s.isBlank());
    }
    public Optional<String> bouncePassword() {
        return bouncePassword;
    }
    public String bounceFolder() {
        return bounceFolder;
    }
    public int bouncePollSeconds() {
        return Math.max(5, bouncePollSeconds);
    }
    public int softBounceLimit() {
        return Math.max(1, softBounceLimit);
    }
    public int confirmHours() {
        return Math.max(1, confirmHours);
    }
}
