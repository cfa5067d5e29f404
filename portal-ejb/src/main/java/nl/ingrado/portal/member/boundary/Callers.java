package nl.ingrado.portal.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facts about the caller, read once per request: the login check reads them on every page and API
 * call ({@link MemberService#callerFacts}), and a service that needs the caller's name, address or
 * premium access later in the same request (a registration) takes them from here instead of asking the
 * database again.
 */
@RequestScoped
public class Callers {

    @Inject
    MemberService members;

    private final Map<Long, Optional<MemberService.CallerFacts>> read = new HashMap<>();

    public Optional<MemberService.CallerFacts> of(long accountId) {
        return read.computeIfAbsent(accountId, members::callerFacts);
    }

    /**
     * The caller with an API token (given by its hash) and their facts, read in one statement; the facts
     * are kept for the rest of the request like those read by {@link #of}.
     */
    public Optional<MemberService.TokenCaller> ofToken(String tokenHash) {
        var caller = members.callerOfToken(tokenHash);
        caller.ifPresent(found -> read.put(found.accountId(), Optional.of(found.facts())));
        return caller;
    }
}
