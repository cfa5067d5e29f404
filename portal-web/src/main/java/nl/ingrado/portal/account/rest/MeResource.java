package nl.ingrado.portal.account.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.shared.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in user. */
@ApplicationScoped
@Path("me")
@Tag(name = "Account")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    public record Me(long id, String email, String displayName, String preferredLanguage,
            List<String> roles) {
    }

    @GET
    @Operation(summary = "The logged-in user: name, email, language, roles, premium access and workplaces")
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "401", description = "Not logged in, or the token is invalid or revoked")
    public Me me() {
        var account = accounts.find(caller.id())
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
        return new Me(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getPreferredLanguage(),
                account.getRoles().stream().map(Enum::name).sorted().toList());
    }
}
