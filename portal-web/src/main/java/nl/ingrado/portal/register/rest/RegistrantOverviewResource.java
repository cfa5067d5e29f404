package nl.ingrado.portal.register.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ingrado.portal.register.boundary.RegisterOverview;
import nl.ingrado.portal.register.boundary.RegistrantFilter;
import nl.ingrado.portal.register.entity.Norm.Standing;
import nl.ingrado.portal.register.entity.OverviewRow;
import nl.ingrado.portal.shared.rest.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The auditor's overview of all registrants, read-only: the same filters as the page and the exports. */
@ApplicationScoped
@Path("krsd/registrants")
@Tag(name = "KRSD auditors", description = "The quality register as auditors see it")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrantOverviewResource {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    @Inject
    RegisterOverview overview;

    @Context
    UriInfo uri;

    /** A page of the overview; {@code counts} has every standing, also those with none. */
    public record OverviewPage(long total, int first, int size, Map<String, Long> counts,
            List<OverviewRow> rows) {
    }

    @GET
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Operation(summary = "Auditors: registrants with their current period and standing against the norm, filtered and paged, soonest period end first")
    @APIResponse(responseCode = "200", description = "A page of registrants, the total and the number in each standing")
    @APIResponse(responseCode = "400", description = "A filter value is not valid (problem details name the parameter)")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an auditor")
    @RolesAllowed("AUDITOR")
    public OverviewPage list(
            @Parameter(description = "Part of the name or the registration number") @QueryParam("q") String q,
            @Parameter(description = "MET, ON_TRACK, AT_RISK or NOT_MET") @QueryParam("standing") String standing,
            @Parameter(description = "Only periods that end between today and this many months from now (1-120)") @QueryParam("months") String months,
            @Parameter(description = "Rayon id (of the registrant's organisation)") @QueryParam("rayon") String rayon,
            @Parameter(description = "Function: LEERPLICHTAMBTENAAR, DOORSTROOMCOACH, BELEIDSMEDEWERKER, MANAGER, ONDERSTEUNER or OTHER") @QueryParam("job") String job,
            @Parameter(description = "Empty: ACTIVE, SUSPENDED and EXPIRED; ALL; or one status") @QueryParam("status") String status,
            @Parameter(description = "end (default), -end or name") @QueryParam("sort") String sort,
            @Parameter(description = "Rows to skip (default 0)") @QueryParam("first") String first,
            @Parameter(description = "Rows in the page (default 50, at most 500)") @QueryParam("size") String size) {
        var filter = RegistrantFilter.parse(uri.getQueryParameters()::getFirst);
        var paging = Paging.of(first, size, DEFAULT_SIZE, MAX_SIZE);
        var page = overview.page(filter, paging.first(), paging.size());
        var counts = new EnumMap<Standing, Long>(Standing.class);
        for (var s : Standing.values()) {
            counts.put(s, page.count(s));
        }
        var named = new java.util.LinkedHashMap<String, Long>();
        counts.forEach((s, n) -> named.put(s.name(), n));
        return new OverviewPage(page.total(), page.first(), page.size(), named, page.rows());
    }
}
