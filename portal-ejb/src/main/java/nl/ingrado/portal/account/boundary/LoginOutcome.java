package nl.ingrado.portal.account.boundary;

import java.util.Set;

/** The answer to a login attempt. Only {@link Status#SUCCESS} carries the account's identity. */
public record LoginOutcome(Status status, Long accountId, String email, Set<String> groups) {

    public enum Status {
        SUCCESS,
        /** Wrong email or password: the two are never told apart. */
        INVALID,
        /** Right password, but the email address was never confirmed. */
        NOT_VERIFIED,
        /** Too many failures for this account or address: try again later. */
        THROTTLED
    }

    static LoginOutcome of(Status status) {
        return new LoginOutcome(status, null, null, Set.of());
    }
}
