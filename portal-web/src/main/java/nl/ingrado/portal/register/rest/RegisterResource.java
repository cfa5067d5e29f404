package nl.ingrado.portal.register.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ingrado.portal.register.boundary.PointLedger;
import nl.ingrado.portal.register.boundary.PublicRegister;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.shared.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** KRSD for professionals and the public: one's own points and progress, and the public register. */
@ApplicationScoped
@Path("krsd")
@Tag(name = "KRSD register", description = "The quality register: own registration and progress, public lookup")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    @Inject
    Registrants registrants;

    @Inject
    PointLedger ledger;

    @Inject
    PublicRegister register;

    @Inject
    Caller caller;

    public record Category(String code, String name, BigDecimal earned, BigDecimal counted,
            BigDecimal minimum,
            BigDecimal cap, BigDecimal overCap, BigDecimal missing) {
    }

    public record Progress(BigDecimal norm, BigDecimal counted, BigDecimal missing, String standing,
            LocalDate endsOn, long daysLeft, int percent, List<Category> categories) {
    }

    public record Record(long id, LocalDate date, String title, String provider, String category,
            BigDecimal hours, BigDecimal points, String source, String status, String reason, Long corrects,
            boolean evidence) {
    }

    /** The caller's registration. {@code period} and {@code progress} are null before approval. */
    public record Mine(String number, String firstName, String lastName, String status, String job,
            String employer, boolean showEmployer, boolean showJob, LocalDate periodStartsOn,
            LocalDate periodEndsOn, Progress progress, List<Record> records) {
    }

    @GET
    @Path("me")
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Operation(summary = "The caller's own registration, progress per category against the norm, standing and point records")
    @APIResponse(responseCode = "200", description = "The caller's registration")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a member")
    @APIResponse(responseCode = "404", description = "The caller has not applied for the register")
    @RolesAllowed("MEMBER")
    public Mine me() {
        var r = registrants.ofAccount(caller.id()).orElseThrow(NotFoundException::new);
        var period = r.period();
        Progress progress = null;
        List<Record> records = List.of();
        if (period != null) {
            var p = registrants.progress(period);
            progress = new Progress(p.norm(), p.counted(), p.missing(), p.standing().name(), p.endsOn(),
                    p.daysLeft(), p.percent(),
                    p.categories().stream().map(RegisterResource::category).toList());
            records = ledger.ledger(r.id()).stream()
                    .map(x -> new Record(x.id(), x.activityDate(), x.title(), x.provider(), x.category(),
                            x.hours(),
                            x.points(), x.source().name(), x.status().name(), x.reason(), x.correctsId(),
                            x.evidenceFileId() != null))
                    .toList();
        }
        return new Mine(r.number(), r.firstName(), r.lastName(), r.status().name(), r.job(), r.employer(),
                r.showEmployer(), r.showJob(), period == null ? null : period.startsOn(),
                period == null ? null : period.endsOn(), progress, records);
    }

    @GET
    @Path("register")
    @Operation(summary = "Public register lookup by (part of a) name or registration number (public): name, number, status, valid-until, and employer and job where the professional shows them")
    @APIResponse(responseCode = "200", description = "One page of at most " + PublicRegister.PAGE_SIZE
            + " entries")
    @APIResponse(responseCode = "400", description = "The query is shorter than 2 characters or too long")
    public PublicRegister.Page lookup(
            @Parameter(description = "Part of a first or last name (at least 2 characters) or a registration number") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page) {
        return register.search(q, page == null ? 0 : page);
    }

    private static Category category(Norm.CategoryProgress c) {
        return new Category(c.code(), c.nameNl(), c.earned(), c.counted(), c.minimum(), c.cap(), c.overCap(),
                c.missing());
    }
}
