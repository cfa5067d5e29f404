package nl.ingrado.portal.account.entity;

/** The portal's roles; their names are the groups Jakarta Security checks. */
public enum Role {
    MEMBER, AUDITOR, STAFF, ADMIN;

    /** The home page of someone holding this role. */
    public String homePage() {
        return "/" + name().toLowerCase() + "/index.xhtml";
    }
}
