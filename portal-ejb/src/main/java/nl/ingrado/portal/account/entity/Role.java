package nl.ingrado.portal.account.entity;

import java.util.Collection;
import java.util.Comparator;

/**
 * The portal's roles; their names are the groups Jakarta Security checks. PROVIDER is an external
 * training provider (KRSD accreditation); ADVISER answers members' questions (Vraag en Antwoord). The
 * order ranks the home page of someone with several roles: staff who also advise land on the staff home.
 */
public enum Role {
    MEMBER, PROVIDER, AUDITOR, ADVISER, STAFF, ADMIN;

    /** The home page of someone holding this role. */
    public String homePage() {
        return "/" + name().toLowerCase() + "/index.xhtml";
    }

    /** The home page of someone holding {@code roles}: that of the highest, a member's when none. */
    public static String homePageOf(Collection<Role> roles) {
        return roles.stream().max(Comparator.naturalOrder()).orElse(MEMBER).homePage();
    }
}
