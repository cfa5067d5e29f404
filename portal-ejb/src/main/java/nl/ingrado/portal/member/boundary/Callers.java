package nl.ingrado.portal.member.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facts about the caller, read once per request: the login check reads them on every page and API
 * call ({@link MemberService#callerFacts}), and a service that needs the caller's name, address or
 * premium access later in the same request (a registration) takes them from here instead of asking the
 * database again. Application-scoped with a request-scoped {@link Read} beside it: a bean built for
 * every request costs Payara a JNDI lookup per EJB it injects, the plain holder none.
 */
@ApplicationScoped
public class Callers {

    @Inject
    MemberService members;

    @Inject
    Read read;

    public Optional<MemberService.CallerFacts> of(long accountId) {
        return read.facts().computeIfAbsent(accountId, members::callerFacts);
    }

    /**
     * The caller with an API token (given by its hash) and their facts, read in one statement; the facts
     * are kept for the rest of the request like those read by {@link #of}.
     */
    public Optional<MemberService.TokenCaller> ofToken(String tokenHash) {
        var caller = members.callerOfToken(tokenHash);
        caller.ifPresent(found -> read.facts().put(found.accountId(), Optional.of(found.facts())));
        return caller;
    }

    /** What this request has read, by account id (reached through a method: the bean is a proxy). */
    @RequestScoped
    public static class Read {

        private final Map<Long, Optional<MemberService.CallerFacts>> facts = new HashMap<>();

        public Map<Long, Optional<MemberService.CallerFacts>> facts() {
            return facts;
        }
    }
}
