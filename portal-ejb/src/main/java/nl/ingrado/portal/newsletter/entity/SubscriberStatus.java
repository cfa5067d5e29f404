package nl.ingrado.portal.newsletter.entity;

/** PENDING waits for the double opt-in; only SUBSCRIBED receives editions. */
public enum SubscriberStatus {
    PENDING, SUBSCRIBED, UNSUBSCRIBED, BOUNCING
}
