package nl.ingrado.portal.event.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.ingrado.portal.event.boundary.EventCatalog;
import nl.ingrado.portal.event.boundary.EventCatalog.EventDetail;
import nl.ingrado.portal.event.boundary.EventCatalog.EventSummary;
import nl.ingrado.portal.event.boundary.EventCatalog.MyRegistration;
import nl.ingrado.portal.event.boundary.CheckIns;
import nl.ingrado.portal.event.boundary.Registrations;
import nl.ingrado.portal.event.boundary.Registrations.Outcome;
import nl.ingrado.portal.event.entity.EventKind;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.rest.ApiDocs;
import nl.ingrado.portal.shared.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Events: the public calendar, registering and cancelling, and (staff) registrations and attendance. */
@ApplicationScoped
@Path("events")
@Tag(name = "Events", description = "Rayondagen, werkconferenties, webinars and trainings")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventCatalog catalog;

    @Inject
    Registrations registrations;

    @Inject
    Caller caller;

    @Inject
    CheckIns checkIns;

    /** The body of a registration: the workshop picked per round (round id → workshop id). */
    public record RegistrationRequest(
            @Schema(description = "Round id → workshop id, one per round of the event", example = "{\"9\": 17}", additionalProperties = Long.class) @Size(max = MAX_ROUNDS) Map<Long, Long> workshops,
            @Size(max = Lengths.REMARKS) String remarks) {

        // declared in full, so the constraints stay off its parameters (see JsonRecords)
        public RegistrationRequest(Map<Long, Long> workshops, String remarks) {
            this.workshops = workshops;
            this.remarks = remarks;
        }
    }

    public record WorkshopChange(@NotNull @Positive Long round, @NotNull @Positive Long workshop) {

        // declared in full, so the constraints stay off its parameters (see JsonRecords)
        public WorkshopChange(Long round, Long workshop) {
            this.round = round;
            this.workshop = workshop;
        }
    }

    public record CheckIn(@Positive Long registration,
            @Size(max = Registration.MAX_CHECKIN_CODE) String code) {

        // declared in full, so the constraints stay off its parameters (see JsonRecords)
        public CheckIn(Long registration, String code) {
            this.registration = registration;
            this.code = code;
        }
    }

    /** More rounds than any event has; bounds the map before the event is looked at. */
    static final int MAX_ROUNDS = 50;

    public record CheckedIn(long registration, String name, String attendedAt) {
    }

    @GET
    @Operation(summary = "Upcoming events, soonest first, with free seats (public)")
    public List<EventSummary> list(
            @Parameter(description = "RAYONDAG, WERKCONFERENTIE, ALGEMENE_VERGADERING, WEBINAR, TRAINING or CONGRESS") @QueryParam("kind") String kind,
            @Parameter(description = "Rayon id") @QueryParam("rayon") Long rayon,
            @Parameter(description = "At most this many (default 100, at most 500)") @QueryParam("size") Integer size) {
        EventKind parsedKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsedKind = EventKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BusinessException.onField("kind", "event.kind.unknown");
            }
        }
        int max = size == null ? 100 : Math.max(1, Math.min(500, size));
        return catalog.upcoming(parsedKind, rayon, max);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One event with its workshop rounds and the seats left (public)")
    @APIResponse(responseCode = "404", description = "No such event")
    public EventDetail get(@PathParam("id") long id) {
        return event(id);
    }

    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Operation(summary = "Register the caller; confirmed while seats are free, else on the waiting list")
    @APIResponse(responseCode = "201", description = "Registered: status CONFIRMED or WAITING (with position)")
    @APIResponse(responseCode = "400", description = "Refused: invalid JSON, an unknown field or wrong type, a round or workshop id that is not of this event (field workshops.<round>), closed, over, already registered, members only, no workshop picked")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "413", description = ApiDocs.TOO_LARGE)
    @RolesAllowed("MEMBER")
    public Response register(@PathParam("id") long id, RegistrationRequest request) {
        // one call, one transaction: ids in the body that name nothing of this event are refused there, as
        // a 400 naming the entry (workshops.<round>)
        Outcome outcome = registrations.register(id, caller.id(),
                request.workshops() == null ? Map.of() : request.workshops(), request.remarks());
        return Response.status(201).entity(outcome).build();
    }

    @GET
    @Path("{id}/registrations/mine")
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Operation(summary = "The caller's own registration for this event")
    @APIResponse(responseCode = "404", description = "Not registered")
    @RolesAllowed("MEMBER")
    public MyRegistration mine(@PathParam("id") long id) {
        return catalog.mine(caller.id()).stream().filter(r -> r.event().id() == id).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}/registrations/mine/workshop")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Operation(summary = "Pick another workshop in a round, while it has a free seat")
    @APIResponse(responseCode = "200", description = "The registration with the new workshop")
    @APIResponse(responseCode = "400", description = "Invalid JSON, an unknown field or wrong type, a round or workshop that is not of this event, or the workshop is full; the problem names the field")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "404", description = "No such event, or the caller is not registered for it")
    @APIResponse(responseCode = "413", description = ApiDocs.TOO_LARGE)
    @RolesAllowed("MEMBER")
    public MyRegistration changeWorkshop(@PathParam("id") long id, WorkshopChange change) {
        var event = event(id);
        if (event.rounds().stream().noneMatch(r -> r.id() == change.round())) {
            throw BusinessException.onField("round", "registration.workshop.unknown");
        }
        registrations.changeWorkshop(id, caller.id(), change.round(), change.workshop());
        return mine(id);
    }

    @DELETE
    @Path("{id}/registrations/mine")
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Operation(summary = "Cancel the caller's registration (before the cancellation deadline); the seat goes to the first person waiting")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "404", description = "No such event, or the caller is not registered for it")
    @RolesAllowed("MEMBER")
    public Response cancel(@PathParam("id") long id) {
        registrations.cancelOwn(id, caller.id());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/registrations")
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Operation(summary = "Staff: every registration of the event with status and waiting-list order")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "404", description = "No such event")
    @RolesAllowed({"STAFF", "ADMIN"})
    public List<Registrations.Listed> registrations(@PathParam("id") long id) {
        return registrations.list(id);
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Operation(summary = "Staff: check someone in, by registration id or by the code of their QR code")
    @APIResponse(responseCode = "200", description = "Checked in")
    @APIResponse(responseCode = "400", description = "Invalid JSON, an unknown field or wrong type, an unknown code or a registration id not of this event; the problem names the field")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Not staff, or a session call from another site")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "413", description = ApiDocs.TOO_LARGE)
    @RolesAllowed({"STAFF", "ADMIN"})
    public CheckedIn checkIn(@PathParam("id") long id, CheckIn request) {
        event(id);
        if (request.registration() == null && request.code() == null) {
            throw BusinessException.onField("code", "attendance.unknownCode");
        }
        Registration registration;
        try {
            registration = request.code() != null
                    ? checkIns.checkInByCode(id, request.code())
                    : checkIns.checkInOf(id, request.registration());
        } catch (BusinessException e) {
            // the id came in the body: a 400 naming it, not a 404 of the address
            throw e.field() == null && e.messageKey().endsWith(".notFound")
                    ? BusinessException.onField("registration", e.messageKey(), e.arguments())
                    : e;
        }
        return new CheckedIn(registration.getId(), registration.getName(),
                String.valueOf(registration.getAttendedAt()));
    }

    /** The event the address names; a 404 when there is none. */
    private EventDetail event(long id) {
        return catalog.detail(id).orElseThrow(NotFoundException::new);
    }
}
