package nl.ingrado.portal.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.ingrado.portal.shared.control.PortalSettings;
import org.apache.james.jdkim.DKIMVerifier;
import org.junit.jupiter.api.Test;

/**
 * The engine's message bytes: bodies encoded once in pieces around the unsubscribe URL decode to exactly
 * the rendered text and HTML with the recipient's URL, keep quoted-printable's line limit, and a DKIM
 * signature over them verifies (Apache James jDKIM); each message carries its delivery mark with a MAC
 * that verifies for that delivery only.
 */
class NewsletterMessagesTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String MARK = EditionRenderer.UNSUBSCRIBE_MARK;
    private static final String URL = "https://portal.ingrado.nl/newsletter/unsubscribe?t=s12e34.abcdefghijklmnopqrstuv";

    private static NewsletterMessages.NewsletterMessage message(String text, String html) throws Exception {
        var body = new NewsletterMessages.Body(new EditionRenderer.Rendered("Nieuws — één", html, text));
        var m = new NewsletterMessages.NewsletterMessage(SESSION, "<nl.e34.s12.x1@ingrado.nl>", body, URL);
        m.setFrom(new InternetAddress("Ingrado Nieuwsbrief <nieuwsbrief@ingrado.nl>"));
        m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("lezer@example.test"));
        m.setSubject("Nieuws — één", "UTF-8");
        m.setSentDate(new java.util.Date());
        m.setHeader("Message-ID", "<nl.e34.s12.x1@ingrado.nl>");
        m.setHeader("MIME-Version", "1.0");
        m.setHeader("Content-Type", "multipart/alternative; boundary=\"" + body.boundary + "\"");
        return m;
    }

    private static byte[] bytes(MimeMessage m) throws Exception {
        var out = new ByteArrayOutputStream();
        m.writeTo(out, new String[]{"Bcc", "Content-Length"});
        return out.toByteArray();
    }

    @Test
    void thePiecesDecodeToTheRenderedMailWithTheRecipientsUrl() throws Exception {
        var text = "Tekst met € en ü " + "x".repeat(100) + "\nUitschrijven: " + MARK + "\nEinde  \n";
        var html = "<p>" + "héllo wörld = ".repeat(30) + "</p>\n<a href=\"" + MARK + "\">Uitschrijven</a> "
                + MARK
                + " staart \n";
        var raw = bytes(message(text, html));
        var parsed = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        var parts = (Multipart) parsed.getContent();
        assertTrue(parsed.isMimeType("multipart/alternative"));
        assertEquals(text.replace(MARK, URL),
                ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"));
        assertEquals(html.replace(MARK, URL),
                ((String) parts.getBodyPart(1).getContent()).replace("\r\n", "\n"));
        assertEquals("quoted-printable", parts.getBodyPart(1).getHeader("Content-Transfer-Encoding")[0]);
        assertEquals("Nieuws — één", parsed.getSubject());
        assertEquals("<nl.e34.s12.x1@ingrado.nl>", parsed.getMessageID());
        var longest = new String(raw, StandardCharsets.US_ASCII).lines().mapToInt(String::length).max()
                .orElse(0);
        assertTrue(longest <= 998, "SMTP line limit");
        new String(raw, StandardCharsets.US_ASCII).split("\r\n\r\n", 2)[1].lines()
                .forEach(l -> assertTrue(l.length() <= 76, "quoted-printable line of " + l.length()));
    }

    @Test
    void aDkimSignatureOverTheEnginesBytesVerifies() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        var signer = DkimSigner.of("ingrado.nl", "nb2026", (RSAPrivateKey) keys.getPrivate());
        var signed = signer.sign(message("Tekst\nUitschrijven: " + MARK + "\n",
                "<p>Tekst</p><a href=\"" + MARK + "\">weg</a>\n"));
        var publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        var records = new DKIMVerifier(
                (method, selector, domain) -> List.of("v=DKIM1; k=rsa; p=" + publicKey))
                .verify(new ByteArrayInputStream(bytes(signed)));
        assertEquals(1, records.size());
    }

    @Test
    void everyMessageCarriesADeliveryMarkWithAMacForThatDeliveryOnly() throws Exception {
        var key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        var tokens = UnsubscribeTokens.withKey(key);
        var messages = new NewsletterMessages();
        messages.tokens = tokens;
        messages.settings = NewsletterSettings.of(Map.of("unsubscribe-mailto", "bounces@ingrado.nl"));
        messages.portal = new PortalSettings() {
            @Override
            public String baseUrl() {
                return "https://portal.ingrado.nl";
            }
        };
        var rendered = new EditionRenderer.Rendered("Nieuws", "<p>Hoi</p><a href=\"" + MARK + "\">weg</a>\n",
                "Hoi\n" + MARK + "\n");
        var prepared = messages.new Prepared(34, SESSION, new InternetAddress("nieuwsbrief@ingrado.nl"), null,
                "ingrado.nl", Map.of("nl", rendered, "en", rendered), null);

        var m = prepared.message(12, "lezer@example.test", "Lezer", "nl", "");
        var mac = tokens.deliveryMac(34, 12);
        assertEquals(22, mac.length(), "16 bytes, base64url");
        assertEquals("e34.s12." + mac, m.getHeader("X-Ingrado-Delivery")[0]);
        assertTrue(m.getMessageID().startsWith("<nl.e34.s12." + mac + "."), m.getMessageID());
        assertTrue(m.getMessageID().endsWith("@ingrado.nl>"), m.getMessageID());
        assertNotEquals(m.getMessageID(), prepared.message(12, "lezer@example.test", null, "nl", "")
                .getMessageID(), "each attempt its own Message-ID");
        assertTrue(tokens.verifyDelivery(34, 12, mac));
        assertFalse(tokens.verifyDelivery(34, 13, mac), "another subscriber");
        assertFalse(tokens.verifyDelivery(35, 12, mac), "another edition");
        assertFalse(tokens.verifyDelivery(34, 12, "AAAAAAAAAAAAAAAAAAAAAA"));
        assertFalse(tokens.verifyDelivery(34, 12, null));
        assertFalse(UnsubscribeTokens.withKey(new byte[32]).verifyDelivery(34, 12, mac), "another key");
        // an unsubscribe token's signature is never a delivery mark, nor the other way round
        var token = tokens.sign(12, 34);
        var signature = token.substring(token.indexOf('.') + 1);
        assertNotEquals(signature, mac);
        assertFalse(tokens.verifyDelivery(34, 12, signature));
        assertTrue(tokens.verify("s12e34." + mac).isEmpty());

        // what a bounce quotes of the message gives the ids and that MAC back
        var headers = new StringBuilder();
        var lines = m.getAllHeaderLines();
        while (lines.hasMoreElements()) {
            headers.append(lines.nextElement()).append("\r\n");
        }
        var bounce = BounceParserTest
                .parse(BounceParserTest.dsn("<b@mx>", "failed", "5.1.1", "smtp; 550 5.1.1 "
                        + "User unknown", "text/rfc822-headers", headers.toString()));
        assertEquals(34L, bounce.editionId());
        assertEquals(12L, bounce.subscriberId());
        assertEquals(mac, bounce.deliveryMac());
        var byId = BounceParserTest.parse(BounceParserTest.dsn("<b2@mx>", "failed", "5.1.1",
                "smtp; 550 5.1.1 User unknown", "text/rfc822-headers",
                "Message-ID: " + m.getMessageID() + "\r\n"));
        assertEquals(mac, byId.deliveryMac(), "from the Message-ID alone");
    }
}
