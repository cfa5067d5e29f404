package nl.ingrado.portal.newsletter.entity;

import java.time.LocalDateTime;

/** A newsletter subscriber as stored in {@code nl_subscriber}. Times are UTC. */
public record Subscriber(long id, String email, String name, String language, Long accountId,
        SubscriberStatus status, LocalDateTime createdAt, LocalDateTime confirmedAt,
        LocalDateTime unsubscribedAt, LocalDateTime bouncedAt, String bounceReason, int softBounces) {

    public boolean receives() {
        return status == SubscriberStatus.SUBSCRIBED;
    }
}
