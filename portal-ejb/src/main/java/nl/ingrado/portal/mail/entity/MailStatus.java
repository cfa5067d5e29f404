package nl.ingrado.portal.mail.entity;

public enum MailStatus {
    QUEUED, SENT, FAILED
}
