package nl.ingrado.portal.newsletter.entity;

/** DRAFT → SCHEDULED → SENDING (⇄ PAUSED) → SENT; a scheduled edition may go back to draft. */
public enum EditionStatus {
    DRAFT, SCHEDULED, SENDING, PAUSED, SENT;

    /** Whether an edition may move from this status to {@code next} (a new time keeps it SCHEDULED). */
    public boolean mayMoveTo(EditionStatus next) {
        return switch (this) {
            case DRAFT -> next == SCHEDULED;
            case SCHEDULED -> next == SCHEDULED || next == DRAFT || next == SENDING;
            case SENDING -> next == PAUSED || next == SENT;
            case PAUSED -> next == SENDING;
            case SENT -> false;
        };
    }
}
