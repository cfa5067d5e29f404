package nl.ingrado.portal.register.entity;

/** An accreditation request and the activity it becomes. */
public enum ActivityStatus {
    REQUESTED, MORE_INFO, ACCREDITED, REJECTED
}
