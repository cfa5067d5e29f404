package nl.ingrado.portal.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.member.boundary.MemberService;

/** The groups (roles) a caller has: the account's roles plus the scoped roles from member data. */
@ApplicationScoped
public class SessionGroups {

    /** A rayon contact person: what it allows is limited to the person's own rayon(s). */
    public static final String RAYON_CONTACT = "RAYON_CONTACT";

    @Inject
    AccountService accounts;

    @Inject
    MemberService members;

    /** The groups of an account that may still be logged in; empty when it may not. */
    public Optional<Set<String>> of(long accountId) {
        return accounts.activeRoles(accountId).map(roles -> withScopedRoles(accountId, roles));
    }

    public Set<String> withScopedRoles(long accountId, Set<String> roles) {
        var groups = new HashSet<>(roles);
        if (members.isRayonContact(accountId)) {
            groups.add(RAYON_CONTACT);
        }
        return Set.copyOf(groups);
    }
}
