package nl.ingrado.portal.shared.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/** Who is logged in on this HTTP session: the account id (the caller principal's name) and roles. */
public record SessionUser(long accountId, String email, Set<String> groups) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ATTRIBUTE = "portal.user";

    public String principalName() {
        return String.valueOf(accountId);
    }
}
