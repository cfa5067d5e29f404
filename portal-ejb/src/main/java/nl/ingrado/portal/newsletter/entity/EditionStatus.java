package nl.ingrado.portal.newsletter.entity;

/** DRAFT → SCHEDULED → SENDING (⇄ PAUSED) → SENT. */
public enum EditionStatus {
    DRAFT, SCHEDULED, SENDING, PAUSED, SENT
}
