package nl.ingrado.portal.register.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.ingrado.portal.register.boundary.ProviderAttendance;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.rest.ApiDocs;
import nl.ingrado.portal.shared.rest.Caller;
import nl.ingrado.portal.shared.rest.JsonLimit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** KRSD training providers: the attendance list of an execution of their accredited activity. */
@ApplicationScoped
@Path("krsd/activities")
@Tag(name = "KRSD providers", description = "Training providers: attendance lists of accredited activities")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderActivityResource {

    @Inject
    ProviderAttendance attendance;

    @Inject
    Caller caller;

    /** The body of the largest list the call takes, numbers written generously, with room to spare. */
    static final int MAX_BODY = 256 * 1024;

    /** The attendance list of one execution. */
    @JsonLimit(bytes = MAX_BODY)
    public record AttendanceList(
            @Schema(description = "The day of the execution (ISO, e.g. 2026-11-20)", example = "2026-11-20") @NotBlank(message = "{krsd.field.required}") String date,
            @Schema(description = "Registration numbers of the participants; case, spaces and duplicates do not matter", example = "[\"KRSD-000001\"]") List<String> registrationNumbers) {

        // declared in full, so the constraints stay off its parameters (see JsonRecords)
        public AttendanceList(String date, List<String> registrationNumbers) {
            this.date = date;
            this.registrationNumbers = registrationNumbers;
        }
    }

    /** What became of each number: booked, or why not. */
    public record AttendanceReport(long execution, long activity, LocalDate date, int booked,
            List<String> bookedNumbers,
            List<String> alreadyCounted, List<String> unknown, List<String> notActive,
            List<String> outsidePeriod) {
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Operation(summary = "Provider: upload the attendance list of one execution; every active registrant on it gets the activity's points, once per registration period")
    @APIResponse(responseCode = "200", description = "The report: booked, already counted in that period, unknown, not active, date outside their period")
    @APIResponse(responseCode = "400", description = "Bad input: invalid JSON, an unknown field or wrong type, no or malformed date, a date outside the accreditation or in the future, no numbers, more than 2,000 numbers; the problem names the field")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Not a provider, or another provider's activity")
    @APIResponse(responseCode = "404", description = "No such activity")
    @APIResponse(responseCode = "413", description = "The body is larger than 256 KB")
    @RolesAllowed("PROVIDER")
    public AttendanceReport upload(@PathParam("id") long id,
            AttendanceList list) {
        LocalDate date;
        try {
            date = LocalDate.parse(list.date().strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.onField("date", "provider.attendance.dateFormat");
        }
        if (list.registrationNumbers() != null
                && list.registrationNumbers().size() > ProviderAttendance.MAX_NUMBERS * 2) {
            throw BusinessException.onField("registrationNumbers", "provider.attendance.tooMany",
                    ProviderAttendance.MAX_NUMBERS);
        }
        try {
            // the service reads the numbers as the page's list: case, spaces and duplicates do not matter
            var report = attendance.upload(caller.id(), id, date, list.registrationNumbers());
            return new AttendanceReport(report.executionId(), report.activityId(), report.date(),
                    report.booked().size(), report.booked(), report.alreadyCounted(), report.unknown(),
                    report.notActive(), report.outsidePeriod());
        } catch (BusinessException e) {
            switch (e.messageKey()) {
                case "provider.activity.notYours" -> throw new ForbiddenException();
                case "provider.activity.notFound" -> throw new NotFoundException();
                default -> throw e;
            }
        }
    }
}
