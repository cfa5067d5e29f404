package nl.ingrado.portal.invoice.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.ingrado.portal.invoice.boundary.Payments;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.rest.ApiDocs;
import nl.ingrado.portal.shared.rest.BodyTooLargeException;
import nl.ingrado.portal.shared.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bank statements (CAMT.053) from the bank's export, for staff: each credit is booked on the invoice its
 * payment reference or number names; a transaction already booked from an earlier statement is skipped.
 */
@ApplicationScoped
@Path("bank-statements")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "session")
@RolesAllowed({"STAFF", "ADMIN"})
public class BankStatementResource {

    /** A year of daily statements of a busy account stays well below this. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The stored name of the file: the column's length. */
    static final int MAX_NAME = 200;

    /**
     * What an upload did: the statement's id, its transactions, those already booked from an earlier
     * upload, and of the new ones those matched to an invoice, left for staff to assign and ignored.
     */
    @Schema(name = "BankStatementResult")
    public record UploadJson(long statementId, int transactions, int alreadyKnown, int matched, int unmatched,
            int ignored) {
    }

    @Inject
    Payments payments;

    @Inject
    Caller caller;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Staff: upload a bank statement (CAMT.053 XML) and book its payments on the invoices they name", description = "The file is read whole first: a file that is not a CAMT.053 statement changes nothing. "
            + "Uploading the same statement again books nothing twice (alreadyKnown).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, format = "binary", description = "The CAMT.053 file as the bank gives it")),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Read and booked: transactions in the file, already known from an earlier upload, matched to an invoice, unmatched (for staff to assign) and ignored (money going out)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadJson.class)))
    @APIResponse(responseCode = "400", description = "Empty, or not a CAMT.053 statement (field file; the detail says why, e.g. not XML, another message type, an amount that does not add up)")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Not staff or admin, or a session call from another site")
    @APIResponse(responseCode = "413", description = "The file is larger than 20 MB")
    @APIResponse(responseCode = "415", description = "Another content type than application/xml, text/xml or application/octet-stream")
    public Response upload(
            @Parameter(description = "The file's name, as it is listed with the uploads (default bank-statement.xml)") @QueryParam("name") String name,
            @HeaderParam("Content-Length") String length, InputStream body) {
        if (length != null && length.strip().matches("[0-9]{1,18}")
                && Long.parseLong(length.strip()) > MAX_BYTES) {
            throw new BodyTooLargeException(MAX_BYTES);
        }
        var xml = read(body);
        if (xml.length == 0) {
            throw BusinessException.onField("file", "camt.empty");
        }
        var r = payments.upload(xml, fileName(name), caller.email());
        return Response.status(201)
                .entity(new UploadJson(r.statementId(), r.transactions(), r.alreadyKnown(), r.matched(),
                        r.unmatched(), r.ignored()))
                .build();
    }

    /** The body, at most {@link #MAX_BYTES}, whatever Content-Length said (or did not say). */
    private static byte[] read(InputStream body) {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[65536];
        try (body) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                if (out.size() + n > MAX_BYTES) {
                    throw new BodyTooLargeException(MAX_BYTES);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The last part of a name a client gave, printable and short; a default for none. */
    static String fileName(String name) {
        var base = name == null
                ? ""
                : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (base.isEmpty()) {
            return "bank-statement.xml";
        }
        return base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base;
    }
}
