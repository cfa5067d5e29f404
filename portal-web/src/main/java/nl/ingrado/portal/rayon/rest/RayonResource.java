package nl.ingrado.portal.rayon.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.ingrado.portal.rayon.boundary.RayonService;
import nl.ingrado.portal.rayon.boundary.RayonService.RayonDetail;
import nl.ingrado.portal.rayon.boundary.RayonService.RayonSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rayons, public. */
@ApplicationScoped
@Path("rayons")
@Tag(name = "Rayons")
@Produces(MediaType.APPLICATION_JSON)
public class RayonResource {

    @Inject
    RayonService rayons;

    @GET
    @Operation(summary = "The six rayons with the number of regions and municipalities in each")
    public List<RayonSummary> list() {
        return rayons.overview();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One rayon: its regions with their municipalities, and its contact persons")
    @APIResponse(responseCode = "200", description = "The rayon")
    @APIResponse(responseCode = "404", description = "No rayon with this id")
    public RayonDetail get(@PathParam("id") long id) {
        return rayons.detail(id).orElseThrow(NotFoundException::new);
    }
}
