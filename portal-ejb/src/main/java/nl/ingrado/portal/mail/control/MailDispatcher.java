package nl.ingrado.portal.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ingrado.portal.mail.entity.OutgoingMail;

/**
 * Hands mail to SMTP only after the transaction that asked for it has committed, so a rolled-back
 * sign-up sends nothing, and off the request thread, so a slow mail server never slows a page. At most
 * {@link #DELIVERERS} deliveries run at a time, each draining a queue over one SMTP connection: a burst of registrations queues
 * its confirmations for a few seconds instead of taking the CPU from the requests that hold a seat lock.
 * The queue is this node's memory; the mail log row (with its body) is the database's: a mail that waited
 * here longer than {@link MailResend#handOverSeconds()} is left to {@link MailResend}, which sends what a
 * dead node never did, so two nodes never both send one mail.
 */
@ApplicationScoped
public class MailDispatcher {

    static final int DELIVERERS = 3;

    /** A mail and when it was queued here ({@link System#nanoTime()}). */
    private record Queued(OutgoingMail mail, long at) {
    }

    private final java.util.Queue<Queued> queue = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger delivering = new java.util.concurrent.atomic.AtomicInteger();

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    MailSessionFactory sessions;

    @Inject
    MailLogUpdates updates;

    private final long handOverNanos = java.util.concurrent.TimeUnit.SECONDS
            .toNanos(MailResend.handOverSeconds());

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        add(mail);
    }

    /** Queues a mail whose log row this node has (just) claimed. */
    void add(OutgoingMail mail) {
        queue.add(new Queued(mail, System.nanoTime()));
        startDelivererIfNeeded();
    }

    private void startDelivererIfNeeded() {
        int running = delivering.get();
        while (running < DELIVERERS) {
            if (delivering.compareAndSet(running, running + 1)) {
                executor.execute(this::drain);
                return;
            }
            running = delivering.get();
        }
    }

    /**
     * Delivers queued mail until the queue is empty, over one SMTP connection (opened for the first
     * mail, opened again after a failure); a mail queued as it stops starts another drainer.
     */
    private void drain() {
        Transport transport = null;
        try {
            for (var next = queue.poll(); next != null; next = queue.poll()) {
                if (System.nanoTime() - next.at() > handOverNanos) {
                    // waited too long here (the mail server was away): the resend sweep takes it over
                    long logId = next.mail().logId();
                    LOG.info(() -> "Mail " + logId + " left to the resend sweep");
                    continue;
                }
                transport = deliver(next.mail(), transport);
            }
        } finally {
            close(transport);
            delivering.decrementAndGet();
        }
        if (!queue.isEmpty()) {
            startDelivererIfNeeded();
        }
    }

    /** Sends one mail over {@code transport} (connected when null); returns the connection to go on with. */
    Transport deliver(OutgoingMail mail, Transport transport) {
        try {
            var message = new MimeMessage(sessions.session());
            message.setFrom(new InternetAddress(sessions.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.attachments().isEmpty()) {
                message.setText(mail.body(), StandardCharsets.UTF_8.name());
            } else {
                var text = new MimeBodyPart();
                text.setText(mail.body(), StandardCharsets.UTF_8.name());
                var parts = new MimeMultipart(text);
                for (var attachment : mail.attachments()) {
                    var file = new MimeBodyPart();
                    file.setDataHandler(new DataHandler(
                            new ByteArrayDataSource(attachment.content().get(), attachment.contentType())));
                    file.setFileName(attachment.filename());
                    parts.addBodyPart(file);
                }
                message.setContent(parts);
            }
            message.setSentDate(new Date());
            message.saveChanges();
            if (transport == null || !transport.isConnected()) {
                close(transport);
                transport = sessions.session().getTransport("smtp");
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
            updates.sent(mail.logId());
            return transport;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail to " + mail.recipient() + " failed: " + e.getMessage());
            updates.failed(mail.logId(), e.getClass().getSimpleName() + ": " + e.getMessage());
            // the connection may be what failed: the next mail opens a new one
            close(transport);
            return null;
        }
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // closing a connection that failed: nothing more to do
            }
        }
    }
}
