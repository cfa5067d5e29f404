package nl.ingrado.portal.newsletter.entity;

/** One recipient's copy of an edition. SKIPPED: unsubscribed or bouncing after the edition was queued. */
public enum DeliveryStatus {
    QUEUED, SENT, FAILED, SKIPPED, BOUNCED
}
