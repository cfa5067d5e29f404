package nl.ingrado.portal.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import nl.ingrado.portal.mail.boundary.MailSessions;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.shared.control.PortalSettings;

/**
 * Builds the newsletter message for one recipient: the edition is rendered once per language, each
 * message only gets its own unsubscribe link. Every message carries the headers bulk mail needs
 * (RFC 2369 / 2919 / 8058) and the marks a bounce is matched by: a Message-ID
 * {@code <nl.e<edition>.s<subscriber>.<mac>.<random>@domain>} and
 * {@code X-Ingrado-Delivery: e<edition>.s<subscriber>.<mac>}, the mac from
 * {@link UnsubscribeTokens#deliveryMac} so that nobody can forge a bounce for a delivery.
 */
@ApplicationScoped
public class NewsletterMessages {

    private static final String UTF8 = StandardCharsets.UTF_8.name();

    @Inject
    NewsletterSettings settings;

    @Inject
    MailSessions sessions;

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

    /** {@code e<edition>.s<subscriber>.<mac>}: the X-Ingrado-Delivery value, also inside the Message-ID. */
    static String deliveryMark(long editionId, long subscriberId, String mac) {
        return "e" + editionId + ".s" + subscriberId + "." + mac;
    }

    /** The edition rendered in both languages, ready to make one message per recipient. */
    public Prepared prepare(Edition edition, List<EditionItem> items) {
        try {
            var from = new InternetAddress(settings.from());
            var replyTo = settings.replyTo().isPresent()
                    ? InternetAddress.parse(settings.replyTo().get())
                    : null;
            var domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
            // DKIM when a domain, selector and key are configured (read once per edition)
            var signer = DkimSigner.fromSettings(settings).orElse(null);
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

    /**
     * One edition's messages. Thread-safe: the workers share it. The two bodies of each language are
     * rendered and quoted-printable encoded once, in pieces around the unsubscribe URL; a message is its
     * own headers plus those bytes with its URL put in between (behind a soft line break on either side,
     * so the pieces encode alike wherever the URL falls). Building and encoding the MIME per message was
     * the largest cost of sending.
     */
    public final class Prepared {

        private final long editionId;
        private final Session session;
        private final InternetAddress from;
        private final InternetAddress[] replyTo;
        private final String domain;
        private final Map<String, Body> bodies;
        private final DkimSigner signer;
        private final String listId;

        Prepared(long editionId, Session session, InternetAddress from, InternetAddress[] replyTo,
                String domain, Map<String, EditionRenderer.Rendered> rendered,
                DkimSigner signer) {
            this.editionId = editionId;
            this.session = session;
            this.from = from;
            this.replyTo = replyTo;
            this.domain = domain;
            this.bodies = new java.util.HashMap<>();
            rendered.forEach((language, r) -> bodies.put(language, new Body(r)));
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
            var body = bodies.getOrDefault(language, bodies.get("nl"));

            // the delivery mark: ids plus their MAC, one HMAC per message
            var mark = deliveryMark(editionId, subscriberId, tokens.deliveryMac(editionId, subscriberId));
            var id = "<nl." + mark + "."
                    + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + "@"
                    + domain + ">";
            var message = new NewsletterMessage(session, id, body, url);
            message.setFrom(from);
            if (replyTo != null) {
                message.setReplyTo(replyTo);
            }
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(subjectPrefix + body.subject, UTF8);
            message.setSentDate(new Date());
            message.setHeader("Message-ID", id);
            message.setHeader("X-Ingrado-Delivery", mark);
            message.setHeader("List-Id", listId);
            message.setHeader("List-Unsubscribe", MimeUtility.fold(18, "<" + url + ">, <mailto:"
                    + settings.unsubscribeMailto() + "?subject=unsubscribe%20" + token + ">"));
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Precedence", "bulk");
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("MIME-Version", "1.0");
            message.setHeader("Content-Type", "multipart/alternative; boundary=\"" + body.boundary + "\"");
            return signer == null ? message : signer.sign(message);
        }
    }

    /** One language's bodies as bytes: the fixed pieces quoted-printable encoded, the URL's places between. */
    static final class Body {

        final String subject;
        final String boundary;
        final byte[][] text;
        final byte[][] html;

        Body(EditionRenderer.Rendered r) {
            subject = r.subject();
            boundary = "=_nl_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
            text = pieces(r.text());
            html = pieces(r.html());
        }

        private static byte[][] pieces(String content) {
            var parts = content.split(java.util.regex.Pattern.quote(EditionRenderer.UNSUBSCRIBE_MARK), -1);
            var encoded = new byte[parts.length][];
            for (int i = 0; i < parts.length; i++) {
                encoded[i] = qp(parts[i]);
            }
            return encoded;
        }

        /** The parts of the multipart/alternative with {@code url} (HTML-escaped in the HTML part) in place. */
        void writeTo(java.io.OutputStream out, String url) throws java.io.IOException {
            write(out, "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    + "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
            pieces(out, text, qp(url));
            write(out, "\r\n--" + boundary + "\r\nContent-Type: text/html; charset=UTF-8\r\n"
                    + "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
            pieces(out, html, qp(EditionRenderer.escape(url)));
            write(out, "\r\n--" + boundary + "--\r\n");
        }

        private static void pieces(java.io.OutputStream out, byte[][] pieces, byte[] url)
                throws java.io.IOException {
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    // soft line breaks around the URL: the next piece starts at the beginning of a line
                    out.write(SOFT_BREAK);
                    out.write(url);
                    out.write(SOFT_BREAK);
                }
                out.write(pieces[i]);
            }
        }

        private static final byte[] SOFT_BREAK = {'=', '\r', '\n'};

        static byte[] qp(String s) {
            try {
                var bytes = new java.io.ByteArrayOutputStream(s.length() + s.length() / 8 + 16);
                try (var encoder = MimeUtility.encode(bytes, "quoted-printable")) {
                    // line breaks as CRLF, as SMTP wants them; the encoder keeps them as hard breaks
                    encoder.write(
                            s.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                return bytes.toByteArray();
            } catch (MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void write(java.io.OutputStream out, String ascii) throws java.io.IOException {
            out.write(ascii.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * A message whose body is written from the edition's pre-encoded bytes. Its Message-ID is the one it
     * was given ({@code nl.e<edition>.s<subscriber>.<mac>.…}), also when saved again (say, by a signer).
     */
    static final class NewsletterMessage extends MimeMessage {

        private final String messageId;
        private final Body body;
        private final String url;

        NewsletterMessage(Session session, String messageId, Body body, String url) {
            super(session);
            this.messageId = messageId;
            this.body = body;
            this.url = url;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }

        /** Nothing to update but the id: the body's headers are set when it is made. */
        @Override
        protected void updateHeaders() throws MessagingException {
            setHeader("MIME-Version", "1.0");
            updateMessageID();
        }

        /** The multipart body as it is sent, for anyone who reads the message (a signer, getContent()). */
        @Override
        protected java.io.InputStream getContentStream() throws MessagingException {
            var bytes = new java.io.ByteArrayOutputStream(16384);
            try {
                body.writeTo(bytes, url);
            } catch (java.io.IOException e) {
                throw new MessagingException("cannot write the body", e);
            }
            return new java.io.ByteArrayInputStream(bytes.toByteArray());
        }

        @Override
        public void writeTo(java.io.OutputStream out, String[] ignoreList) throws java.io.IOException,
                MessagingException {
            var lines = getNonMatchingHeaderLines(ignoreList);
            var head = new StringBuilder(2048);
            while (lines.hasMoreElements()) {
                head.append(lines.nextElement()).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeTo(out, url);
            out.flush();
        }
    }
}
