package nl.ingrado.portal.register.entity;

/** Where a point record came from. */
public enum RecordSource {
    /** check-in at an accredited Ingrado event */
    ATTENDANCE,
    /** submitted by the registrant, reviewed by an auditor */
    SUBMISSION,
    /** the attendance list a training provider uploaded */
    PROVIDER_LIST,
    /** a correction of an earlier record, with a reason */
    CORRECTION,
    /** booked by an auditor, with a reason */
    MANUAL
}
