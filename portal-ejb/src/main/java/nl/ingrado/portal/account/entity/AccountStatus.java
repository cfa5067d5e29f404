package nl.ingrado.portal.account.entity;

public enum AccountStatus {
    /** Signed up, email address not yet confirmed: cannot log in. */
    UNVERIFIED, ACTIVE, DEACTIVATED
}
