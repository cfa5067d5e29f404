package nl.ingrado.portal.register.entity;

/** The review status of a point record; only approved records count. */
public enum RecordStatus {
    PENDING, APPROVED, REJECTED, MORE_INFO
}
