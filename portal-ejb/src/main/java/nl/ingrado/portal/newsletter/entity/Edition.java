package nl.ingrado.portal.newsletter.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An edition of the newsletter ({@code nl_edition}). Times are UTC; {@code recipients} is set when queued. */
public record Edition(long id, String subject, String intro, long segmentId, EditionStatus status,
        LocalDateTime scheduledAt, LocalDateTime queuedAt, LocalDateTime finishedAt, Integer recipients,
        LocalDateTime createdAt, String createdBy) implements Serializable {

    /** Only a draft or a scheduled edition may still be changed. */
    public boolean isEditable() {
        return status == EditionStatus.DRAFT || status == EditionStatus.SCHEDULED;
    }
}
