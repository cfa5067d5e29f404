package nl.ingrado.portal.account.entity;

/**
 * The portal's roles; their names are the groups Jakarta Security checks. PROVIDER is an external
 * training provider (KRSD accreditation). The order ranks the home page of someone with several roles.
 */
public enum Role {
    MEMBER, PROVIDER, AUDITOR, STAFF, ADMIN;

    /** The home page of someone holding this role. */
    public String homePage() {
        return "/" + name().toLowerCase() + "/index.xhtml";
    }
}
