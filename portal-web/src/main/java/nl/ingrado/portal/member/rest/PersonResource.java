package nl.ingrado.portal.member.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import nl.ingrado.portal.shared.rest.ApiDocs;
import nl.ingrado.portal.shared.rest.Caller;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration.PersonInput;
import nl.ingrado.portal.member.boundary.PersonAdministration.Workplace;
import nl.ingrado.portal.member.boundary.StaffLists;
import nl.ingrado.portal.member.boundary.StaffLists.Page;
import nl.ingrado.portal.member.boundary.StaffLists.PersonFilter;
import nl.ingrado.portal.member.boundary.StaffLists.PersonRow;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.Person;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.EmailAddress;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.rest.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Professionals, for Ingrado staff and admins. */
@ApplicationScoped
@Path("persons")
@Tag(name = "Persons", description = "Professionals: list, read, create and correct (staff and admins only)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "session")
@RolesAllowed({"STAFF", "ADMIN"})
public class PersonResource {

    /** Rows per page when the call does not say; the same as the staff pages show. */
    static final int DEFAULT_PAGE_SIZE = 25;

    @Inject
    PersonAdministration persons;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    /** A professional as the API shows it. */
    public record PersonJson(Long id, String firstName, String lastName, String email, String phone,
            String status, Boolean premium, List<Workplace> workplaces, Long organisationId, String job,
            LocalDate since, Long version) {
    }

    /**
     * What a caller sends to create or correct a professional; the workplace fields only when creating.
     * The job lists its values and the date its format: with a description of its own, the scanner gives
     * either as an object and nothing more, and a client reading the document would send what is refused.
     */
    @Schema(name = "PersonWrite")
    public record PersonWrite(
            @NotBlank(message = "{person.firstName.required}") @Size(max = Lengths.FIRST_NAME) String firstName,
            @NotBlank(message = "{person.lastName.required}") @Size(max = Lengths.LAST_NAME) String lastName,
            @Size(max = Lengths.EMAIL) @EmailAddress String email,
            @Size(max = Lengths.PHONE) String phone,
            @Schema(description = "Creating only: the organisation of the workplace; an unknown id is a 400 naming organisationId") @Positive Long organisationId,
            @Schema(description = "Creating only: the job at that organisation", enumeration = {
                    "LEERPLICHTAMBTENAAR", "DOORSTROOMCOACH", "BELEIDSMEDEWERKER", "MANAGER", "ONDERSTEUNER",
                    "OTHER"}) Job job,
            @Schema(description = "Creating only: since when (not in the future)", format = "date", example = "2026-01-31") LocalDate since,
            @Schema(description = "Correcting only: the version read; a change by someone else since is refused") @PositiveOrZero Long version){

        // declared in full, so the constraints stay off its parameters (see JsonRecords)
        public PersonWrite(String firstName, String lastName, String email, String phone, Long organisationId,
                Job job, LocalDate since, Long version) {
            this.firstName = firstName;
            this.lastName = lastName;
            this.email = email;
            this.phone = phone;
            this.organisationId = organisationId;
            this.job = job;
            this.since = since;
            this.version = version;
        }
    }

    public record HistoryJson(LocalDateTime at, String actor, String action, String changes) {
    }

    @GET
    @Operation(summary = "Professionals matching the filters, one page at a time (two SQL statements per page)")
    @APIResponse(responseCode = "200", description = "The page: total and rows")
    @APIResponse(responseCode = "400", description = "A filter has an invalid value")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not staff or admin")
    public Page<PersonRow> list(
            @Parameter(description = "Text in the name or email address") @QueryParam("q") String q,
            @Parameter(description = "Rayon id of a current workplace") @QueryParam("rayon") String rayon,
            @Parameter(description = "Region id of a current workplace") @QueryParam("region") String region,
            @Parameter(description = "Job, e.g. LEERPLICHTAMBTENAAR") @QueryParam("job") String job,
            @Parameter(description = "Kind of organisation: MUNICIPALITY, REGION, PARTNER, INGRADO") @QueryParam("kind") String kind,
            @Parameter(description = "true or false") @QueryParam("premium") String premium,
            @Parameter(description = "ACTIVE, DEACTIVATED or ERASED") @QueryParam("status") String status,
            @Parameter(description = "Organisation id of a current workplace") @QueryParam("organisation") String organisation,
            @Parameter(description = "name, email, organisation, job, region, rayon, status; - for descending") @QueryParam("sort") String sort,
            @Parameter(description = "Index of the first row") @QueryParam("first") @DefaultValue("0") String first,
            @Parameter(description = "Rows per page, 1 to 500") @QueryParam("size") @DefaultValue("25") String size) {
        var filter = PersonFilter.parse(uri.getQueryParameters()::getFirst);
        var paging = Paging.of(first, size, DEFAULT_PAGE_SIZE, StaffLists.MAX_PAGE_SIZE);
        return persons.search(filter, Sort.parse(sort), paging.first(), paging.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One professional with workplaces and premium status")
    @APIResponse(responseCode = "200", description = "The professional")
    @APIResponse(responseCode = "404", description = "No professional with this id")
    public PersonJson get(@PathParam("id") long id) {
        return json(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed what of this professional and their workplaces, newest first")
    public List<HistoryJson> history(@PathParam("id") long id) {
        var detail = persons.detail(id).orElseThrow(NotFoundException::new);
        return detail.history().stream()
                .map(a -> new HistoryJson(a.getAt(), a.getActor(), a.getAction(), a.getChanges())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a professional; with organisationId, job and since also their workplace (confirmed)")
    @APIResponse(responseCode = "201", description = "Created; Location holds the new professional")
    @APIResponse(responseCode = "400", description = "Invalid JSON, an unknown field, a wrong type, an unknown organisationId, or invalid or duplicate data; the problem names the field")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Not staff or admin, or a session call from another site")
    @APIResponse(responseCode = "413", description = ApiDocs.TOO_LARGE)
    @RequestBody(content = @Content(schema = @Schema(implementation = PersonWrite.class)))
    public Response create(PersonWrite input) {
        var actor = caller.email();
        long id;
        try {
            id = persons.create(new PersonInput(input.firstName(), input.lastName(), input.email(),
                    input.phone(), input.organisationId(), input.job(), input.since()), actor);
        } catch (BusinessException e) {
            throw "organisation".equals(e.field())
                    ? BusinessException.onField("organisationId", e.messageKey(), e.arguments())
                    : e;
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(json(id))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a professional's name, email address and phone number", description = "With version, a change by someone else since that version is refused.")
    @APIResponse(responseCode = "200", description = "The corrected professional")
    @APIResponse(responseCode = "400", description = "Invalid JSON, an unknown field, a wrong type, or invalid or duplicate data; the problem names the field")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Not staff or admin, or a session call from another site")
    @APIResponse(responseCode = "404", description = "No professional with this id")
    @APIResponse(responseCode = "413", description = ApiDocs.TOO_LARGE)
    @RequestBody(content = @Content(schema = @Schema(implementation = PersonWrite.class)))
    public PersonJson update(@PathParam("id") long id, PersonWrite input) {
        var actor = caller.email();
        if (persons.detail(id).isEmpty()) {
            throw new NotFoundException();
        }
        persons.update(id, input.version(), input.firstName(), input.lastName(), input.email(), input.phone(),
                actor);
        return json(id);
    }

    private PersonJson json(long id) {
        var detail = persons.detail(id).orElseThrow(NotFoundException::new);
        var p = detail.person();
        return new PersonJson(p.getId(), p.getFirstName(), p.getLastName(), p.getEmail(), p.getPhone(),
                p.getStatus(), detail.premium(), detail.workplaces(), null, null, null, p.getVersion());
    }
}
