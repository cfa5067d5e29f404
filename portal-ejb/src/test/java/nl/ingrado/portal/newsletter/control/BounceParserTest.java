package nl.ingrado.portal.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nl.ingrado.portal.newsletter.control.InboundMail.Kind;
import org.junit.jupiter.api.Test;

/** Bounces as mail servers write them, unsubscribe requests and everything else in the mailbox. */
class BounceParserTest {

    /** Marks are signed as the engine signs them (a key of our own here; the parser does not verify). */
    private static final UnsubscribeTokens TOKENS = UnsubscribeTokens.withKey(
            "a test key for the delivery marks".getBytes(StandardCharsets.US_ASCII));
    private static final String MAC = TOKENS.deliveryMac(34, 12);
    private static final String ORIGINAL = "From: Ingrado Nieuwsbrief <nieuwsbrief@ingrado.nl>\r\n"
            + "To: piet@example.test\r\nSubject: Nieuwsbrief\r\n"
            + "Message-ID: <nl.e34.s12." + MAC + ".x7gq2@ingrado.nl>\r\nX-Ingrado-Delivery: e34.s12." + MAC
            + "\r\n"
            + "List-Unsubscribe: <mailto:bounces@ingrado.nl?subject=unsubscribe%20s12e34.abcdefghijklmnopqrstuv>\r\n";

    @Test
    void aHardDsnNamesTheStatusTheDiagnosticTheRecipientAndTheOriginal() throws Exception {
        var mail = parse(dsn("<b1@mx.example.test>", "failed", "5.1.1",
                "smtp; 550 5.1.1 <piet@example.test>: Recipient address rejected: User unknown",
                "text/rfc822-headers",
                ORIGINAL));
        assertEquals(Kind.HARD_BOUNCE, mail.kind());
        assertEquals("<b1@mx.example.test>", mail.mailboxId());
        assertEquals("piet@example.test", mail.recipient());
        assertEquals("5.1.1", mail.statusCode());
        assertEquals("<piet@example.test>: Recipient address rejected: User unknown", mail.diagnostic());
        assertEquals(34L, mail.editionId());
        assertEquals(12L, mail.subscriberId());
        assertEquals(MAC, mail.deliveryMac());
        assertTrue(TOKENS.verifyDelivery(mail.editionId(), mail.subscriberId(), mail.deliveryMac()));
        assertEquals("Onbestelbaar (5.1.1): <piet@example.test>: Recipient address rejected: User unknown",
                mail.reason());
    }

    @Test
    void mailboxFullIsSoftEvenWithAPermanentCodeAndTheOriginalMayBeAWholeMessage() throws Exception {
        var soft = parse(dsn("<b2@mx>", "failed", "4.2.2", "smtp; 452 4.2.2 Mailbox full", "message/rfc822",
                ORIGINAL.replace("X-Ingrado-Delivery: e34.s12." + MAC + "\r\n", "") + "\r\nHallo\r\n"));
        assertEquals(Kind.SOFT_BOUNCE, soft.kind());
        assertEquals(34L, soft.editionId(), "from the Message-ID alone");
        assertEquals(MAC, soft.deliveryMac(), "with its MAC");
        assertEquals("Mailbox full", soft.diagnostic());
        assertEquals(Kind.SOFT_BOUNCE,
                parse(dsn("<b3@mx>", "failed", "5.2.2", "smtp; 552 5.2.2 Quota exceeded",
                        "text/rfc822-headers",
                        ORIGINAL)).kind());
        assertEquals(Kind.SOFT_BOUNCE,
                parse(dsn("<b4@mx>", "failed", "5.7.1", "smtp; 550 5.7.1 Message rejected as spam",
                        "text/rfc822-headers", ORIGINAL)).kind(),
                "a policy refusal says nothing about the address");
    }

    @Test
    void aForgedOrUnsignedMarkIsReturnedAsFoundAndDoesNotVerify() throws Exception {
        var forged = parse(dsn("<f1@mx>", "failed", "5.1.1", "smtp; 550 5.1.1 User unknown",
                "text/rfc822-headers", "X-Ingrado-Delivery: e34.s13.AAAAAAAAAAAAAAAAAAAAAA\r\n"));
        assertEquals(13L, forged.subscriberId());
        assertFalse(TOKENS.verifyDelivery(forged.editionId(), forged.subscriberId(), forged.deliveryMac()));
        // the right MAC for another delivery does not verify either
        var moved = parse(dsn("<f2@mx>", "failed", "5.1.1", "smtp; 550 5.1.1 User unknown",
                "text/rfc822-headers", "X-Ingrado-Delivery: e34.s13." + MAC + "\r\n"));
        assertEquals(MAC, moved.deliveryMac());
        assertFalse(TOKENS.verifyDelivery(moved.editionId(), moved.subscriberId(), moved.deliveryMac()));
        // the old marks, without a MAC: ids but no MAC, so they name nothing
        var unsigned = parse(dsn("<f3@mx>", "failed", "5.1.1", "smtp; 550 5.1.1 User unknown",
                "text/rfc822-headers",
                "Message-ID: <nl.e34.s12.x7gq2@ingrado.nl>\r\nX-Ingrado-Delivery: e34.s12\r\n"));
        assertEquals(12L, unsigned.subscriberId());
        assertNull(unsigned.deliveryMac());
        // an unsigned header does not hide a signed Message-ID
        var mixed = parse(dsn("<f4@mx>", "failed", "5.1.1", "smtp; 550 5.1.1 User unknown",
                "text/rfc822-headers", "Message-ID: <nl.e34.s12." + MAC + ".x7gq2@ingrado.nl>\r\n"
                        + "X-Ingrado-Delivery: e34.s12\r\n"));
        assertEquals(MAC, mixed.deliveryMac());
    }

    @Test
    void aDelayWarningIsNoBounce() throws Exception {
        assertEquals(Kind.OTHER, parse(dsn("<d1@mx>", "delayed", "4.4.1", "smtp; 421 try again later",
                "text/rfc822-headers", ORIGINAL)).kind());
    }

    @Test
    void aBounceInPlainWordsIsUnderstood() throws Exception {
        var mail = parse("From: MAILER-DAEMON@mx.example.test\r\nTo: bounces@ingrado.nl\r\n"
                + "Subject: failure notice\r\nMessage-ID: <q1@mx>\r\n\r\n"
                + "Hi. This is the qmail-send program at mx.example.test.\r\n"
                + "I'm afraid I wasn't able to deliver your message to the following addresses.\r\n\r\n"
                + "<kees@example.test>:\r\n550 5.1.1 The email account that you tried to reach does not exist\r\n\r\n"
                + "--- Below this line is a copy of the message.\r\n\r\n" + ORIGINAL + "\r\nHallo\r\n");
        assertEquals(Kind.HARD_BOUNCE, mail.kind());
        assertEquals("5.1.1", mail.statusCode());
        assertEquals("The email account that you tried to reach does not exist", mail.diagnostic());
        assertEquals(12L, mail.subscriberId());

        var full = parse("From: postmaster@example.test\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                + "X-Failed-Recipients: kees@example.test\r\nMessage-ID: <q2@mx>\r\n\r\n"
                + "The recipient's mailbox is full and can't accept messages now.\r\n");
        assertEquals(Kind.SOFT_BOUNCE, full.kind());
        assertEquals("kees@example.test", full.recipient());
        assertNull(full.subscriberId());
    }

    @Test
    void anUnsubscribeRequestCarriesItsTokenInTheSubjectOrTheFirstLine() throws Exception {
        var bySubject = parse(
                "From: Piet <Piet@Example.test>\r\nSubject: unsubscribe s12e34.abcdefghijklmnopqrstuv\r\n"
                        + "Message-ID: <u1@x>\r\n\r\n");
        assertEquals(Kind.UNSUBSCRIBE, bySubject.kind());
        assertEquals("s12e34.abcdefghijklmnopqrstuv", bySubject.token());
        assertEquals("piet@example.test", bySubject.sender());
        var byBody = parse("From: piet@example.test\r\nSubject: afmelden\r\n\r\n"
                + "unsubscribe s12e0.abcdefghijklmnopqrstuv\r\nGroet, Piet\r\n");
        assertEquals("s12e0.abcdefghijklmnopqrstuv", byBody.token());
        assertTrue(byBody.mailboxId().startsWith("sha256:"), "no Message-ID: a hash of the message");
    }

    @Test
    void anAutoReplyIsLeftAlone() throws Exception {
        var reply = parse(
                "From: kees@example.test\r\nSubject: Afwezig: Nieuwsbrief\r\nAuto-Submitted: auto-replied\r\n"
                        + "Message-ID: <a1@x>\r\n\r\nIk ben tot en met 3 juni afwezig. The mailbox is full of holiday.\r\n");
        assertEquals(Kind.OTHER, reply.kind());
    }

    static InboundMail parse(String raw) throws Exception {
        return BounceParser.parse(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    static String dsn(String messageId, String action, String status, String diagnostic, String returnedType,
            String returned) {
        return "From: Mail Delivery System <MAILER-DAEMON@mx.example.test>\r\n"
                + "To: bounces@ingrado.nl\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: " + messageId + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B0\"\r\n\r\n"
                + "--B0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n"
                + "--B0\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.example.test\r\nArrival-Date: Thu, 4 Jun 2026 10:00:00 +0200\r\n\r\n"
                + "Final-Recipient: rfc822; piet@example.test\r\nOriginal-Recipient: rfc822;piet@example.test\r\n"
                + "Action: " + action + "\r\nStatus: " + status + "\r\nRemote-MTA: dns; mail.example.test\r\n"
                + "Diagnostic-Code: " + diagnostic + "\r\n\r\n"
                + "--B0\r\nContent-Type: " + returnedType + "\r\n\r\n" + returned + "\r\n--B0--\r\n";
    }
}
