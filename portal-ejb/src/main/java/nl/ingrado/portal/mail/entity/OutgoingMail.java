package nl.ingrado.portal.mail.entity;

import java.util.List;

/**
 * A mail that was logged in a transaction and is to be handed to SMTP once that commits. Attachments
 * (an .ics calendar file, an invoice's PDF and UBL file) are optional.
 */
public record OutgoingMail(long logId, String recipient, String subject, String body,
        List<Attachment> attachments) {

    public OutgoingMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public OutgoingMail(long logId, String recipient, String subject, String body) {
        this(logId, recipient, subject, body, List.of());
    }

    /**
     * A file sent along; {@code contentType} is the full MIME type, e.g. text/calendar; method=REQUEST.
     * The content is written when the mail is delivered, after the commit and off the request thread,
     * from values the sender captured: a registration holding a seat lock does not wait for it.
     */
    public record Attachment(String filename, String contentType,
            java.util.function.Supplier<byte[]> content) {
    }
}
