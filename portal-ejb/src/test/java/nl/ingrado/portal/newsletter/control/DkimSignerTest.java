package nl.ingrado.portal.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DKIM signatures checked by an independent verifier (Apache James jDKIM) on the bytes as the SMTP
 * transport writes them, and once on what a real SMTP server received; a changed body byte or signed
 * header breaks them. Also the key file formats and the relaxed canonicalisation examples of RFC 6376.
 */
class DkimSignerTest {

    private static KeyPair keys;
    private static final Session SESSION = Session.getInstance(new Properties());

    @BeforeAll
    static void keys() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    void aSignedNewsletterVerifies() throws Exception {
        var signed = signer().sign(newsletter(new MimeMessageWithId(SESSION)));
        var bytes = asTransportWritesIt(signed);

        var records = verify(bytes);
        assertEquals(1, records.size());
        var record = records.get(0);
        assertEquals("ingrado.nl", record.getDToken().toString());
        assertEquals("nb2026", record.getSelector().toString());
        assertEquals("relaxed", record.getHeaderCanonicalisationMethod().toString());
        assertEquals("relaxed", record.getBodyCanonicalisationMethod().toString());
        var signedHeaders = record.getHeaders().stream().map(h -> h.toString().toLowerCase()).toList();
        assertTrue(signedHeaders.containsAll(List.of("from", "to", "subject", "date", "message-id",
                "list-unsubscribe", "list-unsubscribe-post", "mime-version", "content-type")),
                signedHeaders.toString());
        assertTrue(new String(bytes, StandardCharsets.ISO_8859_1)
                .startsWith("DKIM-Signature: v=1; a=rsa-sha256;"));
    }

    @Test
    void oneChangedBodyByteOrSignedHeaderBreaksTheSignature() throws Exception {
        var bytes = asTransportWritesIt(signer().sign(newsletter(new MimeMessageWithId(SESSION))));
        var text = new String(bytes, StandardCharsets.ISO_8859_1);

        int body = text.indexOf("Beste lezer");
        var changedBody = bytes.clone();
        changedBody[body] = 'b';
        assertThrows(FailException.class, () -> verify(changedBody));

        var changedSubject = text.replace("Subject: ", "Subject: Re: ").getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(FailException.class, () -> verify(changedSubject));

        // relaxed canonicalisation lets relays refold headers and trim line-end spaces
        var refolded = text.replace("List-Unsubscribe-Post: ", "List-Unsubscribe-Post:\r\n\t   ")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(1, verify(refolded).size());
    }

    @Test
    void theBytesSentOverSmtpVerifyAndTheEnvelopeSenderIsKept() throws Exception {
        var greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            var props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
            props.put("mail.smtp.allow8bitmime", "true");
            var session = Session.getInstance(props);
            var message = new SmtpMessageWithId(session);
            message.setEnvelopeFrom("bounces@ingrado.test");
            var signed = signer().sign(newsletter(message));
            assertTrue(signed instanceof SMTPMessage);
            assertEquals("bounces@ingrado.test", ((SMTPMessage) signed).getEnvelopeFrom());
            try (var transport = session.getTransport("smtp")) {
                transport.connect();
                signed.saveChanges();
                transport.sendMessage(signed, signed.getAllRecipients());
            }
            assertTrue(greenMail.waitForIncomingEmail(5000, 1));
            var received = greenMail.getReceivedMessages()[0];
            var out = new ByteArrayOutputStream();
            received.writeTo(out);

            assertEquals(1, verify(out.toByteArray()).size());
            assertEquals("<bounces@ingrado.test>", received.getHeader("Return-Path", null));
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void readsPemAndDerKeysAndRefusesOthersClearly(@TempDir Path dir) throws Exception {
        var der = keys.getPrivate().getEncoded();
        var derFile = Files.write(dir.resolve("dkim.der"), der);
        var pemFile = Files.writeString(dir.resolve("dkim.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END PRIVATE KEY-----\n");
        assertArrayEquals(der, DkimSigner.readKey(derFile).getEncoded());
        assertArrayEquals(der, DkimSigner.readKey(pemFile).getEncoded());

        var settings = settings("ingrado.nl", "nb2026", pemFile.toString());
        assertTrue(DkimSigner.fromSettings(settings).isPresent());
        assertEquals(Optional.empty(), DkimSigner.fromSettings(settings("ingrado.nl", "nb2026", null)));

        var pkcs1 = Files.writeString(dir.resolve("old.pem"), "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n"
                + "-----END RSA PRIVATE KEY-----\n");
        var bad = assertThrows(IllegalStateException.class,
                () -> DkimSigner.fromSettings(settings("ingrado.nl", "nb2026", pkcs1.toString())));
        assertTrue(bad.getMessage().contains("PKCS#1") && bad.getMessage().contains("openssl pkcs8"),
                bad.getMessage());
        var garbage = Files.write(dir.resolve("garbage.der"), new byte[]{1, 2, 3});
        assertThrows(IllegalStateException.class,
                () -> DkimSigner.fromSettings(settings("ingrado.nl", "nb2026", garbage.toString())));
        var missing = assertThrows(IllegalStateException.class,
                () -> DkimSigner
                        .fromSettings(settings("ingrado.nl", "nb2026", dir.resolve("nope").toString())));
        assertTrue(missing.getMessage().contains("cannot read"), missing.getMessage());
    }

    @Test
    void relaxedCanonicalisationFollowsTheExampleOfRfc6376() {
        // RFC 6376 section 3.4.5
        assertEquals("a:X\r\n", latin1(DkimSigner.RelaxedCanonical.header("A: X\r\n")));
        assertEquals("b:Y Z\r\n", latin1(DkimSigner.RelaxedCanonical.header("B : Y\t\r\n\tZ  \r\n")));
        assertEquals(" C\r\nD E\r\n",
                latin1(DkimSigner.RelaxedCanonical.body(" C \r\nD \t E\r\n\r\n\r\n".getBytes(), 0)));
        assertEquals("", latin1(DkimSigner.RelaxedCanonical.body("\r\n \r\n".getBytes(), 0)));
        assertEquals("a\r\n\r\n b\r\n",
                latin1(DkimSigner.RelaxedCanonical.body("a\r\n\r\n\t b".getBytes(), 0)));
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static DkimSigner signer() {
        return DkimSigner.of("ingrado.nl", "nb2026", (RSAPrivateKey) keys.getPrivate());
    }

    private static NewsletterSettings settings(String domain, String selector, String keyFile) {
        var values = new java.util.HashMap<String, String>();
        Optional.ofNullable(domain).ifPresent(v -> values.put("dkim.domain", v));
        Optional.ofNullable(selector).ifPresent(v -> values.put("dkim.selector", v));
        Optional.ofNullable(keyFile).ifPresent(v -> values.put("dkim.key-file", v));
        return NewsletterSettings.of(values);
    }

    /** Like the engine's: multipart/alternative, UTF-8 quoted-printable, List-Unsubscribe, own Message-ID. */
    private static MimeMessage newsletter(MimeMessage message) throws Exception {
        message.setFrom(new InternetAddress("nieuwsbrief@ingrado.nl", "Ingrado Nieuwsbrief",
                StandardCharsets.UTF_8.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("lezer@example.test"));
        message.setSubject(
                "Nieuwsbrief: café-avond € 5 en meer — een lange onderwerpregel die gevouwen wordt", "UTF-8");
        message.setSentDate(new java.util.Date());
        message.setHeader("List-Unsubscribe",
                "<https://portal.ingrado.nl/newsletter/unsubscribe?t=s12e34.abcdefghijklmnopqrstuv>, "
                        + "<mailto:bounces@ingrado.nl?subject=unsubscribe%20s12e34.abcdefghijklmnopqrstuv>");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("X-Ingrado-Delivery", "e34.s12");
        var text = new MimeBodyPart();
        text.setText("Beste lezer,  \n\nDit is de nieuwsbrief met een café, één euro (€) en\tinspringing.\n"
                + "Een hele lange regel ".repeat(8) + "\n\n\n", "UTF-8");
        text.setHeader("Content-Transfer-Encoding", "quoted-printable");
        var html = new MimeBodyPart();
        html.setText("<p>Beste lezer,</p>\n<p>Café &amp; één €</p>   \n", "UTF-8", "html");
        html.setHeader("Content-Transfer-Encoding", "quoted-printable");
        var alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** Bytes exactly as {@code SMTPTransport.sendMessage} writes a message. */
    private static byte[] asTransportWritesIt(MimeMessage message) throws Exception {
        var out = new ByteArrayOutputStream();
        message.writeTo(out, new String[]{"Bcc", "Content-Length"});
        return out.toByteArray();
    }

    private static List<SignatureRecord> verify(byte[] bytes) throws Exception {
        var publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        var verifier = new DKIMVerifier((method, selector, domain) -> {
            assertEquals("nb2026", selector.toString());
            assertEquals("ingrado.nl", domain.toString());
            return List.of("v=DKIM1; k=rsa; p=" + publicKey);
        });
        var records = verifier.verify(new ByteArrayInputStream(bytes));
        assertFalse(records == null || records.isEmpty(), "no valid signature");
        return records;
    }

    private static final class MimeMessageWithId extends MimeMessage {
        MimeMessageWithId(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<nl.e34.s12.x7Gq2@ingrado.nl>");
        }
    }

    private static final class SmtpMessageWithId extends SMTPMessage {
        SmtpMessageWithId(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<nl.e34.s12.x7Gq2@ingrado.nl>");
        }
    }
}
