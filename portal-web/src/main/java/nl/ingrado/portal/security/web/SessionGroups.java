package nl.ingrado.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ingrado.portal.account.entity.Role;
import nl.ingrado.portal.member.boundary.Callers;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.shared.web.SessionUser;

/**
 * What a caller may do: the account's roles plus the scoped roles from member data, gathered into the
 * {@link SessionUser} that the rest of the portal reads.
 */
@ApplicationScoped
public class SessionGroups {

    /** A rayon contact person: what it allows is limited to the person's own rayon(s). */
    public static final String RAYON_CONTACT = "RAYON_CONTACT";

    @Inject
    MemberService members;

    @Inject
    Callers callers;

    /**
     * The user with fresh groups and rayons, if the account may still be logged in; empty when not. One
     * statement: it runs on every page and API call.
     */
    public Optional<SessionUser> refresh(SessionUser user) {
        return callers.of(user.accountId())
                .map(facts -> of(user.accountId(), user.email(), facts.roles(), facts.contactRayons()));
    }

    /** The user of an account with these roles. */
    public SessionUser of(long accountId, String email, Set<String> roles) {
        return of(accountId, email, roles, members.contactRayons(accountId));
    }

    private static SessionUser of(long accountId, String email, Set<String> roles, Set<Long> rayons) {
        var groups = new HashSet<>(roles);
        if (!rayons.isEmpty()) {
            groups.add(RAYON_CONTACT);
        }
        var home = Role.homePageOf(roles.stream().map(Role::valueOf).collect(Collectors.toSet()));
        return new SessionUser(accountId, email, Set.copyOf(groups), Set.copyOf(rayons), home);
    }
}
