import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ingrado.portal.newsletter.control.EditionRenderer;
import nl.ingrado.portal.newsletter.control.NoDelaySocketFactory;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import nl.ingrado.portal.shared.control.PortalSettings;

/**
 * The physical limit for bench/newsletter-send.sh: a bare Jakarta Mail loop, no database, sending the
 * same edition (rendered by the portal's own EditionRenderer from the same rows) with the same headers
 * and structure (multipart/alternative, quoted-printable, a personal unsubscribe link) to the same sink:
 * THREADS threads, each with one connected Transport, sockets with TCP_NODELAY.
 * Arguments: jdbc-url edition-id smtp-port threads messages base-url
 */
public class NewsletterBareSend {

    public static void main(String[] args) throws Exception {
        var jdbc = args[0];
        long editionId = Long.parseLong(args[1]);
        int port = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int messages = Integer.parseInt(args[4]);
        var base = args[5];

        Edition edition;
        var items = new ArrayList<EditionItem>();
        try (var c = DriverManager.getConnection(jdbc, "portal", "portal"); var s = c.createStatement()) {
            try (var r = s.executeQuery("SELECT subject, intro, segment_id, queued_at FROM nl_edition WHERE id = " + editionId)) {
                r.next();
                edition = new Edition(editionId, r.getString(1), r.getString(2), r.getLong(3), EditionStatus.SENT, null,
                        r.getObject(4, java.time.LocalDateTime.class), null, null, null, null);
            }
            try (var r = s.executeQuery("SELECT id, position, title, body_html, link_url FROM nl_edition_item"
                    + " WHERE edition_id = " + editionId + " ORDER BY position")) {
                while (r.next()) {
                    items.add(new EditionItem(r.getLong(1), editionId, r.getInt(2), r.getString(3), r.getString(4),
                            r.getString(5), null, null));
                }
            }
        }
        // the renderer outside a container: give it its settings by hand
        var settings = new PortalSettings();
        var baseField = PortalSettings.class.getDeclaredField("baseUrl");
        baseField.setAccessible(true);
        baseField.set(settings, base);
        var renderer = new EditionRenderer();
        var portalField = EditionRenderer.class.getDeclaredField("portal");
        portalField.setAccessible(true);
        portalField.set(renderer, settings);
        var rendered = renderer.render(edition, items, "nl");

        var props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.from", "bounces@ingrado.nl");
        props.put("mail.smtp.quitwait", "false");
        props.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
        props.put("mail.smtp.socketFactory.fallback", "false");
        var session = Session.getInstance(props);
        var from = new InternetAddress("Ingrado Nieuwsbrief <nieuwsbrief@ingrado.nl>");

        // a warm-up round as the portal had (the JIT), then the measured one
        round(session, from, rendered, editionId, threads, Math.max(1, messages / 10), base, false);
        round(session, from, rendered, editionId, threads, messages, base, true);
    }

    static void round(Session session, InternetAddress from, EditionRenderer.Rendered rendered, long editionId,
            int threads, int messages, String base, boolean print) throws Exception {
        var next = new AtomicInteger();
        var bytes = new java.util.concurrent.atomic.AtomicLong();
        long started = System.nanoTime();
        long cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
        var workers = new ArrayList<Thread>();
        for (int t = 0; t < threads; t++) {
            var w = new Thread(() -> {
                try (var transport = session.getTransport("smtp")) {
                    transport.connect();
                    int i;
                    while ((i = next.incrementAndGet()) <= messages) {
                        var m = message(session, from, rendered, editionId, i, base);
                        transport.sendMessage(m, m.getAllRecipients());
                        if (i == 1) {
                            var out = new java.io.ByteArrayOutputStream();
                            m.writeTo(out);
                            bytes.set(out.size());
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            w.start();
            workers.add(w);
        }
        for (var w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMs = (ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos() - cpuBefore) / 1e6;
        if (print) System.out.printf("BENCH bare_jakarta_mail threads=%d messages=%d seconds=%.2f msg_per_s=%.0f"
                + " message_bytes=%d cpu_ms_per_msg=%.3f%n", threads, messages, seconds, messages / seconds, bytes.get(),
                cpuMs / messages);
    }

    /** Message {@code i} of the round, personal as the portal makes it: its own unsubscribe link and mark. */
    static MimeMessage message(Session session, InternetAddress from, EditionRenderer.Rendered rendered,
            long editionId, int i, String base) throws jakarta.mail.MessagingException {
        var token = "s" + i + "e" + editionId + "." + Long.toString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + "abcdefghijk";
        var url = base + "/newsletter/unsubscribe?t=" + token;
        var content = rendered.personal(url);
        var m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", "<nl.e" + editionId + ".s" + token.hashCode() + "."
                        + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36)
                        + "@ingrado.nl>");
            }
        };
        m.setFrom(from);
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("bench" + i + "@example.test", true));
        m.setSubject(content.subject(), "UTF-8");
        m.setSentDate(new Date());
        m.setHeader("X-Ingrado-Delivery", "e" + editionId + ".s" + i);
        m.setHeader("List-Id", "Ingrado Nieuwsbrief <nieuwsbrief.ingrado.nl>");
        m.setHeader("List-Unsubscribe", MimeUtility.fold(18, "<" + url
                + ">, <mailto:bounces@ingrado.nl?subject=unsubscribe%20" + token + ">"));
        m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        m.setHeader("Precedence", "bulk");
        m.setHeader("Auto-Submitted", "auto-generated");
        var text = new MimeBodyPart();
        text.setText(content.text(), "UTF-8", "plain");
        text.setHeader("Content-Transfer-Encoding", "quoted-printable");
        var html = new MimeBodyPart();
        html.setText(content.html(), "UTF-8", "html");
        html.setHeader("Content-Transfer-Encoding", "quoted-printable");
        m.setContent(new MimeMultipart("alternative", text, html));
        m.saveChanges();
        return m;
    }
}
