package nl.ingrado.portal.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import nl.ingrado.portal.mail.control.MailSessionFactory;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.shared.control.PortalSettings;

/**
 * Builds the newsletter message for one recipient: the edition is rendered once per language, each
 * message only gets its own unsubscribe link. Every message carries the headers bulk mail needs
 * (RFC 2369 / 2919 / 8058) and the marks a bounce is matched by: a Message-ID starting with
 * {@code nl.e<edition>.s<subscriber>.} and {@code X-Ingrado-Delivery: e<edition>.s<subscriber>}.
 */
@ApplicationScoped
public class NewsletterMessages {

    private static final String UTF8 = StandardCharsets.UTF_8.name();

    @Inject
    NewsletterSettings settings;

    @Inject
    MailSessionFactory sessions;

    @Inject
    EditionRenderer renderer;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    PortalSettings portal;

    private volatile Session session;

    /**
     * The SMTP session of the newsletter: the portal's SMTP server and login, the return path as
     * envelope sender, and sockets without Nagle's delay (see {@link NoDelaySocketFactory}).
     */
    public Session session() {
        var s = session;
        if (s == null) {
            var extra = new Properties();
            extra.put("mail.smtp.from", settings.returnPath());
            extra.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
            extra.put("mail.smtp.socketFactory.fallback", "false");
            // a closing connection does not wait for the server's goodbye
            extra.put("mail.smtp.quitwait", "false");
            s = sessions.session(extra);
            session = s;
        }
        return s;
    }

    /** The recipient's unsubscribe URL, the same in the footer and in List-Unsubscribe. */
    public String unsubscribeUrl(String token) {
        return portal.baseUrl() + "/newsletter/unsubscribe?t=" + token;
    }

    /** The edition rendered in both languages, ready to make one message per recipient. */
    public Prepared prepare(Edition edition, List<EditionItem> items) {
        try {
            var from = new InternetAddress(settings.from());
            var replyTo = settings.replyTo().isPresent()
                    ? InternetAddress.parse(settings.replyTo().get())
                    : null;
            var domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
            // DKIM (Bounces' DkimSigner), wired by the coordinator when merged:
            // DkimSigner.fromSettings(settings).<UnaryOperator<MimeMessage>>map(d -> d::sign).orElse(m -> m)
            UnaryOperator<MimeMessage> signer = m -> m;
            return new Prepared(edition.id(), session(), from, replyTo, domain,
                    Map.of("nl", renderer.render(edition, items, "nl"), "en",
                            renderer.render(edition, items, "en")),
                    signer);
        } catch (AddressException e) {
            throw new IllegalStateException(
                    "portal.newsletter.from or reply-to is not an address: " + e.getMessage(),
                    e);
        }
    }

    /** One edition's messages. Thread-safe: the workers share it. */
    public final class Prepared {

        private final long editionId;
        private final Session session;
        private final InternetAddress from;
        private final InternetAddress[] replyTo;
        private final String domain;
        private final Map<String, EditionRenderer.Rendered> rendered;
        private final UnaryOperator<MimeMessage> signer;
        private final String listId;

        Prepared(long editionId, Session session, InternetAddress from, InternetAddress[] replyTo,
                String domain,
                Map<String, EditionRenderer.Rendered> rendered, UnaryOperator<MimeMessage> signer) {
            this.editionId = editionId;
            this.session = session;
            this.from = from;
            this.replyTo = replyTo;
            this.domain = domain;
            this.rendered = rendered;
            this.signer = signer;
            this.listId = "Ingrado Nieuwsbrief <nieuwsbrief." + domain + ">";
        }

        public long editionId() {
            return editionId;
        }

        public Session session() {
            return session;
        }

        /**
         * The message for one subscriber, with a Message-ID of its own for this attempt.
         *
         * @throws AddressException when the address is not one SMTP can take (a permanent failure)
         */
        public MimeMessage message(long subscriberId, String email, String name, String language,
                String subjectPrefix) throws MessagingException {
            var to = new InternetAddress(email, true);
            if (name != null && !name.isBlank()) {
                try {
                    to.setPersonal(name.strip(), UTF8);
                } catch (UnsupportedEncodingException e) {
                    throw new IllegalStateException(e);
                }
            }
            var token = tokens.sign(subscriberId, editionId);
            var url = unsubscribeUrl(token);
            var content = rendered.getOrDefault(language, rendered.get("nl")).personal(url);

            var id = "<nl.e" + editionId + ".s" + subscriberId + "."
                    + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + "@"
                    + domain
                    + ">";
            var message = new NewsletterMessage(session, id);
            message.setFrom(from);
            if (replyTo != null) {
                message.setReplyTo(replyTo);
            }
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(subjectPrefix + content.subject(), UTF8);
            message.setSentDate(new Date());
            message.setHeader("X-Ingrado-Delivery", "e" + editionId + ".s" + subscriberId);
            message.setHeader("List-Id", listId);
            message.setHeader("List-Unsubscribe", MimeUtility.fold(18, "<" + url + ">, <mailto:"
                    + settings.unsubscribeMailto() + "?subject=unsubscribe%20" + token + ">"));
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Precedence", "bulk");
            message.setHeader("Auto-Submitted", "auto-generated");

            var text = new MimeBodyPart();
            text.setText(content.text(), UTF8, "plain");
            text.setHeader("Content-Transfer-Encoding", "quoted-printable");
            var html = new MimeBodyPart();
            html.setText(content.html(), UTF8, "html");
            html.setHeader("Content-Transfer-Encoding", "quoted-printable");
            message.setContent(new MimeMultipart("alternative", text, html));
            message.saveChanges();
            return signer.apply(message);
        }
    }

    /** Keeps the Message-ID it was given instead of making one up when saved. */
    static final class NewsletterMessage extends MimeMessage {

        private final String messageId;

        NewsletterMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
