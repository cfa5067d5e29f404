package nl.ingrado.portal.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The JSON API under /api, described at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Ingrado portal API", version = "1", description = "Members, events, the KRSD register and the newsletter. Authenticate with the browser "
        + "session or a personal API token (Authorization: Bearer ing_...), created on your profile page. "
        + "Any other Authorization header is refused (401); a write on the session needs the portal's own "
        + "Origin. Bodies are JSON objects of exactly the documented fields, at most 64 KB unless the call "
        + "says otherwise (413), nested at most 32 levels. Errors are problem details (RFC 9457); a 400 "
        + "names the field, such as workshops.9. An id in the address that names nothing is a 404, an id "
        + "in the body a 400 naming its field. Authenticated answers carry Cache-Control: no-store."))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer", description = "Personal API token from the profile page"),
        @SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE, apiKeyName = "JSESSIONID", description = "The browser session after logging in")})
public class PortalApi extends Application {
}
