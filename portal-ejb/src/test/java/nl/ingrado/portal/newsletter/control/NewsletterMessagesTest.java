package nl.ingrado.portal.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Properties;
import org.apache.james.jdkim.DKIMVerifier;
import org.junit.jupiter.api.Test;

/**
 * The engine's message bytes: bodies encoded once in pieces around the unsubscribe URL decode to exactly
 * the rendered text and HTML with the recipient's URL, keep quoted-printable's line limit, and a DKIM
 * signature over them verifies (Apache James jDKIM).
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
}
