package nl.ingrado.portal.member.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import nl.ingrado.portal.shared.rest.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.StaffLists;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationFilter;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationRow;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.boundary.StaffLists.Page;
import nl.ingrado.portal.shared.rest.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisations, for Ingrado staff and admins. */
@ApplicationScoped
@Path("organisations")
@Tag(name = "Organisations", description = "Municipalities, Doorstroompunt regions, partners and Ingrado (staff and admins only)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "session")
@RolesAllowed({"STAFF", "ADMIN"})
public class OrganisationResource {

    @Inject
    OrganisationAdministration organisations;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Organisations matching the filters, one page at a time (two SQL statements per page)")
    @APIResponse(responseCode = "200", description = "The page: total and rows")
    @APIResponse(responseCode = "400", description = "A filter has an invalid value")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not staff or admin")
    public Page<OrganisationRow> list(
            @Parameter(description = "Text in the name, CBS code or city") @QueryParam("q") String q,
            @Parameter(description = "MUNICIPALITY, REGION, PARTNER or INGRADO") @QueryParam("kind") String kind,
            @Parameter(description = "Rayon id") @QueryParam("rayon") String rayon,
            @Parameter(description = "Region id") @QueryParam("region") String region,
            @Parameter(description = "ACTIVE or MERGED") @QueryParam("status") String status,
            @Parameter(description = "name, kind, cbsCode, region, rayon, inhabitants, status, employees; - for descending") @QueryParam("sort") String sort,
            @Parameter(description = "Index of the first row") @QueryParam("first") @DefaultValue("0") String first,
            @Parameter(description = "Rows per page, 1 to 500") @QueryParam("size") @DefaultValue("25") String size) {
        var filter = OrganisationFilter.parse(uri.getQueryParameters()::getFirst);
        var paging = Paging.of(first, size, PersonResource.DEFAULT_PAGE_SIZE, StaffLists.MAX_PAGE_SIZE);
        return organisations.search(filter, Sort.parse(sort), paging.first(), paging.size());
    }
}
