package nl.ingrado.portal.mail.control;

/** A mail that was logged in a transaction and is to be handed to SMTP once that commits. */
public record OutgoingMail(long logId, String recipient, String subject, String body) {
}
