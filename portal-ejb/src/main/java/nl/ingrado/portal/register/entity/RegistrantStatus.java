package nl.ingrado.portal.register.entity;

/** Where a registrant stands: applied, active (in the register), suspended, expired, struck off, or refused. */
public enum RegistrantStatus {
    APPLIED, ACTIVE, SUSPENDED, EXPIRED, STRUCK_OFF, REJECTED;

    /** Whether the public register shows this registrant at all. */
    public boolean isPublic() {
        return this == ACTIVE || this == SUSPENDED || this == EXPIRED || this == STRUCK_OFF;
    }
}
