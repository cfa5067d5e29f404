package nl.ingrado.portal.newsletter.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ingrado.portal.newsletter.control.BounceParser;
import nl.ingrado.portal.newsletter.control.DkimSigner;
import nl.ingrado.portal.newsletter.control.InboundMail;
import nl.ingrado.portal.newsletter.control.NewsletterSettings;
import nl.ingrado.portal.newsletter.control.UnsubscribeTokens;

/**
 * Reads the bounce mailbox (IMAP) every {@code portal.newsletter.bounce.poll-seconds}: bounces stop
 * mail to addresses that do not take it (see {@link Bounces}), mail to the List-Unsubscribe address
 * unsubscribes. Handled messages are deleted from the mailbox after their database work committed;
 * others are marked seen and left for a person. Every node may poll: the database makes each message
 * count once. Also checks the DKIM key at start, so a bad key stops the deployment with a clear message
 * instead of the first edition.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BounceMailbox {

    private static final Logger LOG = Logger.getLogger(BounceMailbox.class.getName());

    @Inject
    NewsletterSettings settings;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    Bounces bounces;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        DkimSigner.fromSettings(settings);
        if (settings.bounceHost().isEmpty()) {
            LOG.info("Newsletter bounce mailbox: not configured (portal.newsletter.bounce.host), not polled");
            return;
        }
        long interval = TimeUnit.SECONDS.toMillis(settings.bouncePollSeconds());
        timers.createIntervalTimer(interval, interval, new TimerConfig("newsletter bounce mailbox", false));
        LOG.info(() -> "Newsletter bounce mailbox: " + settings.bounceUser().orElse("?") + " at "
                + settings.bounceHost().get() + ":" + settings.bouncePort() + ", every "
                + settings.bouncePollSeconds() + " s");
    }

    @Timeout
    void onTimer() {
        try {
            pollNow();
        } catch (RuntimeException e) {
            // the mailbox may be down for a while: try again next time, say so in the log
            LOG.log(Level.WARNING, "Newsletter bounce mailbox could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the unseen messages now; returns how many it handled (bounces, also repeated ones, and
     * unsubscribe requests), which excludes messages left for a person. 0 when no mailbox is set.
     */
    @AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
    public int pollNow() {
        if (settings.bounceHost().isEmpty()) {
            return 0;
        }
        var protocol = settings.bounceSsl() ? "imaps" : "imap";
        var props = new Properties();
        props.put("mail.store.protocol", protocol);
        // reading must not mark a message seen: a node that fails half-way leaves it for the next poll
        props.put("mail." + protocol + ".peek", "true");
        props.put("mail." + protocol + ".connectiontimeout", "10000");
        props.put("mail." + protocol + ".timeout", "60000");
        var session = Session.getInstance(props);
        try (var store = session.getStore(protocol)) {
            store.connect(settings.bounceHost().get(), settings.bouncePort(),
                    settings.bounceUser().orElse(null),
                    settings.bouncePassword().orElse(null));
            var folder = store.getFolder(settings.bounceFolder());
            folder.open(Folder.READ_WRITE);
            int handled = 0;
            try {
                for (var message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    try {
                        if (handle(message)) {
                            message.setFlag(Flags.Flag.DELETED, true);
                            handled++;
                        } else {
                            message.setFlag(Flags.Flag.SEEN, true);
                        }
                    } catch (MessageRemovedException e) {
                        // another node handled and expunged it meanwhile
                    } catch (MessagingException | RuntimeException e) {
                        LOG.log(Level.WARNING,
                                "Newsletter bounce mailbox: message " + message.getMessageNumber()
                                        + " not handled, tried again next time: " + e,
                                e);
                    }
                }
            } finally {
                folder.close(true);
            }
            return handled;
        } catch (MessagingException e) {
            throw new IllegalStateException(
                    "Cannot read the bounce mailbox " + settings.bounceUser().orElse("")
                            + " at " + settings.bounceHost().get() + ": " + e.getMessage(),
                    e);
        }
    }

    /** True when the message was a bounce or an unsubscribe request and is done with. */
    private boolean handle(jakarta.mail.Message message) throws MessagingException {
        // one fetch of the whole message, then parsed locally rather than part by part over IMAP
        var mail = BounceParser.parse(new MimeMessage((MimeMessage) message));
        switch (mail.kind()) {
            case HARD_BOUNCE, SOFT_BOUNCE -> {
                var outcome = bounces.record(mail);
                LOG.fine(() -> "Newsletter bounce " + mail.mailboxId() + ": " + mail.kind() + " "
                        + mail.recipient()
                        + " → " + outcome);
                return true;
            }
            case UNSUBSCRIBE -> {
                var target = tokens.verify(mail.token());
                if (target.isEmpty()) {
                    LOG.info(
                            () -> "Newsletter bounce mailbox: unsubscribe request with an invalid token from "
                                    + mail.sender() + " left in the mailbox");
                    return false;
                }
                if (bounces.unsubscribe(target.get(), mail.sender())) {
                    LOG.info(() -> "Newsletter subscriber " + target.get().subscriberId()
                            + " unsubscribed by mail");
                }
                return true;
            }
            default -> {
                LOG.info(
                        () -> "Newsletter bounce mailbox: left a message for a person (neither a bounce nor an "
                                + "unsubscribe request): from " + mail.sender() + ", " + mail.mailboxId());
                return false;
            }
        }
    }
}
