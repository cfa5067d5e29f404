package nl.ingrado.portal.mail.entity;

/**
 * A mail that was logged in a transaction and is to be handed to SMTP once that commits. The
 * attachment (e.g. an .ics calendar file) is optional.
 */
public record OutgoingMail(long logId, String recipient, String subject, String body, Attachment attachment) {

    public OutgoingMail(long logId, String recipient, String subject, String body) {
        this(logId, recipient, subject, body, null);
    }

    /** A file sent along; {@code contentType} is the full MIME type, e.g. text/calendar; method=REQUEST. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
