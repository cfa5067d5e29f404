package nl.ingrado.portal.invoice.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.ingrado.portal.invoice.boundary.Invoicing;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.rest.ApiDocs;
import nl.ingrado.portal.shared.rest.Caller;
import nl.ingrado.portal.shared.rest.JsonLimit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff: invoicing runs. The preview shows what a run would issue (and why some cannot be issued yet)
 * without numbering anything; the run issues, each invoice in its own transaction, and skips every
 * source invoiced already, so calling it twice invoices nobody twice.
 */
@ApplicationScoped
@Path("invoice-runs")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceRunResource {

    @Inject
    Invoicing invoicing;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    /** Which run: what for and which year. */
    @JsonLimit(bytes = 1024)
    public record RunRequest(
            @Schema(enumeration = {
                    "MEMBERSHIP", "KRSD_FEE",
                    "EVENT_FEE"}, description = "MEMBERSHIP (the year's contributie), KRSD_FEE (the KRSD annual fees) or EVENT_FEE (event fees of non-members; the year is not used)", example = "MEMBERSHIP") String purpose,
            @Schema(description = "The year, 2000–2100", example = "2026", minimum = "2000", maximum = "2100") Integer year){
    }

    /** What a run did; {@code blocked} could not be issued (no billing data, no address). */
    public record RunResult(int issued, int skipped, long blocked, long millis) {
    }

    /** One invoice a run would issue; {@code problem} (a message key, with its text) says why it cannot yet. */
    public record Planned(String sourceKey, String buyer, String description, BigDecimal net, BigDecimal vat,
            BigDecimal gross, boolean invoiced, boolean issuable, String problem, String problemText) {
    }

    public record Preview(String purpose, int year, long issuable, long invoiced, long blocked,
            BigDecimal total,
            List<Planned> planned) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Operation(summary = "Staff: run the invoicing of a purpose and year; issues (numbers, PDF and UBL files, mails) what the preview shows as issuable")
    @APIResponse(responseCode = "200", description = "Issued, skipped (invoiced meanwhile by another run or node), blocked, and the run's milliseconds")
    @APIResponse(responseCode = "400", description = "Invalid JSON, an unknown field or wrong type, an unknown purpose or a year outside 2000–2100; the problem names the field")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Not staff, or a session call from another site")
    @APIResponse(responseCode = "413", description = "The body is larger than 1 KB")
    @RolesAllowed({"STAFF", "ADMIN"})
    public RunResult run(RunRequest body) {
        if (body == null) {
            throw BusinessException.onField("purpose", "problem.badRequest.detail");
        }
        var purpose = purpose(body.purpose());
        int year = year(body.year());
        long started = System.nanoTime();
        var result = invoicing.run(purpose, year, caller.email());
        return new RunResult(result.issued(), result.skipped(), result.blocked(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @GET
    @Path("preview")
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Operation(summary = "Staff: what a run would issue, with totals and the reason where one cannot be issued yet; nothing is numbered or stored")
    @APIResponse(responseCode = "400", description = "An unknown purpose or a year outside 2000–2100; the problem names the parameter")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Not staff")
    @RolesAllowed({"STAFF", "ADMIN"})
    public Preview preview(
            @Parameter(description = "MEMBERSHIP, KRSD_FEE or EVENT_FEE", required = true) @QueryParam("purpose") String purpose,
            @Parameter(description = "The year, 2000–2100", required = true) @QueryParam("year") String year) {
        var parsed = purpose(purpose);
        Integer number = null;
        if (year != null && year.strip().matches("[0-9]{4}")) {
            number = Integer.valueOf(year.strip());
        }
        var preview = invoicing.preview(parsed, year(number));
        var locale = Texts.localeOf(request);
        return new Preview(parsed.name(), preview.year(), preview.issuable(), preview.invoiced(),
                preview.blocked(),
                preview.total(), preview.planned().stream().map(p -> new Planned(p.sourceKey(), p.buyer(),
                        p.description(), p.net(), p.vat(), p.gross(), p.invoiced(), p.issuable(), p.problem(),
                        p.problem() == null ? null : Texts.get(locale, p.problem()))).toList());
    }

    /** A purpose a run exists for; OTHER invoices are issued one by one, never by a run. */
    private static InvoicePurpose purpose(String text) {
        if (text != null) {
            try {
                var purpose = InvoicePurpose.valueOf(text.strip().toUpperCase(Locale.ROOT));
                if (purpose != InvoicePurpose.OTHER) {
                    return purpose;
                }
            } catch (IllegalArgumentException e) {
                // refused below
            }
        }
        throw BusinessException.onField("purpose", "problem.badRequest.detail");
    }

    private static int year(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw BusinessException.onField("year", "invoice.year.invalid");
        }
        return year;
    }
}
