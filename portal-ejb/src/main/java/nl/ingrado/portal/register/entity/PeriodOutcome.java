package nl.ingrado.portal.register.entity;

/** The re-registration decision at the end of a period. */
public enum PeriodOutcome {
    /** norm met: a new period follows */
    RENEWED,
    /** norm not met: more time, a new end date */
    EXTENDED,
    /** norm not met: the registration is suspended */
    SUSPENDED
}
