package nl.ingrado.portal.invoice.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries.Filter;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries.Row;
import nl.ingrado.portal.invoice.entity.InvoiceKind;
import nl.ingrado.portal.invoice.entity.InvoiceLine;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.invoice.entity.InvoiceStatus;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.entity.Person;
import nl.ingrado.portal.shared.control.ListParameters;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.rest.ApiDocs;
import nl.ingrado.portal.shared.rest.Caller;
import nl.ingrado.portal.shared.rest.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Invoices and credit notes as issued: for staff the list and each invoice in full; the issued PDF and
 * UBL files for staff and for the member the invoice is addressed to; a member's own invoices.
 */
@ApplicationScoped
@Path("invoices")
@Tag(name = "Invoices", description = "Invoices and credit notes (contributie, KRSD fee, event fees) and their files")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "session")
public class InvoiceResource {

    /** Rows per page when the call does not say. */
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;
    /** The longest search text: a buyer's name is at most 200 characters. */
    static final int MAX_TEXT = 200;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @Inject
    InvoiceQueries invoices;

    @Inject
    MemberService members;

    @Inject
    Caller caller;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** An invoice or credit note in a list; amounts in euros, the payment reference grouped by four. */
    public record InvoiceRow(long id, String number, InvoiceKind kind, InvoicePurpose purpose, String buyer,
            LocalDate issueDate, LocalDate dueDate, BigDecimal total, BigDecimal paid, BigDecimal outstanding,
            InvoiceStatus status, String paymentReference, boolean overdue) {

        static InvoiceRow of(Row row) {
            return new InvoiceRow(row.id(), row.number(), row.kind(), row.purpose(), row.buyer(),
                    row.issueDate(),
                    row.dueDate(), row.total(), row.paid(), row.outstanding(), row.status(),
                    row.paymentReference(),
                    row.overdue());
        }
    }

    /** A page of the list: the total that match the filters, where the page starts and its rows. */
    public record InvoicePage(long total, int first, int size, List<InvoiceRow> rows) {
    }

    /** A line: quantity × unit price = amount (excluding VAT), and its VAT category (S, Z or E) and rate. */
    public record LineJson(int lineNo, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal amount, String vatCategory, BigDecimal vatRate, String exemptionReason) {

        static LineJson of(InvoiceLine line) {
            return new LineJson(line.getLineNo(), line.getDescription(), line.getQuantity(),
                    line.getUnitPrice(),
                    line.getAmount(), line.getVatCategory(), line.getVatRate(), line.getExemptionReason());
        }
    }

    /** Money booked on the invoice: negative when a payment came back; transactionId null when booked by hand. */
    public record PaymentJson(LocalDate bookedOn, BigDecimal amount, String bookedBy, Long transactionId) {
    }

    /** Who the invoice is addressed to, as it was issued. */
    public record BuyerJson(String name, String address, String email, String oin, String kvk,
            Long organisationId, Long personId, String buyerReference, String orderReference) {
    }

    /** A file of the invoice as issued: PDF always, UBL (e-invoice) for an organisation. */
    public record FileLink(String format, String href) {
    }

    public record InvoiceDetail(long id, String number, InvoiceKind kind, InvoicePurpose purpose,
            InvoiceStatus status, LocalDate issueDate, LocalDate dueDate, String paymentReference,
            boolean overdue,
            int reminders, String language, BuyerJson buyer, List<LineJson> lines,
            @Schema(description = "Total excluding VAT") BigDecimal net,
            @Schema(description = "VAT of all lines") BigDecimal vat,
            @Schema(description = "Total including VAT") BigDecimal total,
            BigDecimal credited, BigDecimal paid, BigDecimal outstanding, List<PaymentJson> payments,
            List<InvoiceRow> creditNotes,
            @Schema(description = "For a credit note: the invoice it corrects") InvoiceRow corrects,
            List<FileLink> files) {
    }

    @GET
    @Operation(summary = "Staff: invoices and credit notes matching the filters, newest first, one page at a time")
    @APIResponse(responseCode = "200", description = "The page: total, first, size and rows")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter has an invalid value; the problem names the parameter")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Not staff or admin")
    @RolesAllowed({"STAFF", "ADMIN"})
    public InvoicePage list(
            @Parameter(description = "OPEN, PARTLY_PAID, PAID, CREDITED or SETTLED") @QueryParam("status") String status,
            @Parameter(description = "The year of the number (2000-2100)") @QueryParam("year") String year,
            @Parameter(description = "MEMBERSHIP, KRSD_FEE, EVENT_FEE or OTHER") @QueryParam("purpose") String purpose,
            @Parameter(description = "Text in the number, the buyer's name or the payment reference") @QueryParam("q") String q,
            @Parameter(description = "Organisation id of the buyer") @QueryParam("organisation") String organisation,
            @Parameter(description = "Rows to skip (default 0)") @QueryParam("first") String first,
            @Parameter(description = "Page number from 1, instead of first: first = (page - 1) × size") @QueryParam("page") String page,
            @Parameter(description = "Rows in the page (default 50, at most 500)") @QueryParam("size") String size) {
        var filter = filter(uri.getQueryParameters()::getFirst);
        var paging = Paging.of(first, size, DEFAULT_SIZE, MAX_SIZE);
        int from = paging.first();
        if (page != null && !page.isBlank()) {
            if (first != null && !first.isBlank()) {
                throw BusinessException.onField("page", "list.parameter.invalid", "page");
            }
            from = (pageNumber(page, paging.size()) - 1) * paging.size();
        }
        var rows = invoices.list(filter, from, paging.size()).stream().map(InvoiceRow::of).toList();
        return new InvoicePage(invoices.count(filter), from, paging.size(), rows);
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own invoices (KRSD fee, event fees), newest first")
    @APIResponse(responseCode = "200", description = "The invoices addressed to the caller as a person; none for an account without a person")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    public List<InvoiceRow> mine() {
        return person().map(p -> invoices.mine(p.getId()).stream().map(InvoiceRow::of).toList())
                .orElse(List.of());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Staff: one invoice or credit note with its lines and VAT, totals, payments, credit notes and files")
    @APIResponse(responseCode = "200", description = "The invoice")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Not staff or admin")
    @APIResponse(responseCode = "404", description = "No invoice with this id")
    @RolesAllowed({"STAFF", "ADMIN"})
    public InvoiceDetail get(@PathParam("id") long id) {
        var d = invoices.detail(id).orElseThrow(() -> new BusinessException("invoice.notFound"));
        var row = d.row();
        var base = "/api/invoices/" + row.id() + "/";
        return new InvoiceDetail(row.id(), row.number(), row.kind(), row.purpose(), row.status(),
                row.issueDate(),
                row.dueDate(), row.paymentReference(), row.overdue(), row.reminders(), d.language(),
                new BuyerJson(d.buyerName(), d.buyerAddress(), d.buyerEmail(), d.buyerOin(), d.buyerKvk(),
                        row.organisationId(), d.personId(), d.buyerReference(), d.orderReference()),
                d.lines().stream().map(LineJson::of).toList(), d.net(), d.vat(), row.total(), d.credited(),
                row.paid(), row.outstanding(),
                d.payments().stream()
                        .map(p -> new PaymentJson(p.bookedOn(), p.amount(), p.bookedBy(), p.transactionId()))
                        .toList(),
                d.creditNotes().stream().map(InvoiceRow::of).toList(),
                d.corrects() == null ? null : InvoiceRow.of(d.corrects()),
                d.formats().stream().map(f -> new FileLink(f, base + ("UBL".equals(f) ? "ubl" : "pdf")))
                        .toList());
    }

    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The invoice as issued, as PDF: for staff, and for the member it is addressed to")
    @APIResponse(responseCode = "200", description = "The PDF, as a download", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "404", description = "No invoice with this id that the caller may see")
    public Response pdf(@PathParam("id") long id) {
        return file(id, "PDF", "invoice.pdf.notFound");
    }

    @GET
    @Path("{id}/ubl")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(summary = "The invoice as issued, as e-invoice (UBL 2.1, SI-UBL 2.0): for staff, and for the member it is addressed to", description = "Only an invoice to an organisation has one; an invoice to a private person is a PDF only.")
    @APIResponse(responseCode = "200", description = "The UBL file, as a download", content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "404", description = "No invoice with this id that the caller may see, or it has no UBL file (an invoice to a private person)")
    public Response ubl(@PathParam("id") long id) {
        return file(id, "UBL", "invoice.ubl.notFound");
    }

    /**
     * A stored file of an invoice the caller may see: staff any, a member those addressed to them. Another
     * member's invoice is "not found", as one that does not exist, so ids cannot be probed.
     */
    private Response file(long id, String format, String noFileKey) {
        long account = caller.id();
        var row = invoices.detail(id).orElseThrow(() -> new BusinessException("invoice.notFound"));
        if (!staff()) {
            var person = members.personOf(account).map(Person::getId);
            if (person.isEmpty() || !Objects.equals(person.get(), row.personId())) {
                throw new BusinessException("invoice.notFound");
            }
        }
        var file = invoices.file(id, format).orElseThrow(() -> new BusinessException(noFileKey));
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private boolean staff() {
        return security.isUserInRole("STAFF") || security.isUserInRole("ADMIN");
    }

    private java.util.Optional<Person> person() {
        return members.personOf(caller.id());
    }

    /** The list's filter from its query parameters; a bad value is a 400 naming its parameter. */
    static Filter filter(java.util.function.Function<String, String> parameter) {
        var p = new ListParameters(parameter, "list.parameter.invalid");
        var status = p.choice("status", InvoiceStatus.class);
        var purpose = p.choice("purpose", InvoicePurpose.class);
        Integer year = null;
        var yearText = p.value("year");
        if (yearText != null) {
            if (!yearText.matches("[0-9]{4}") || Integer.parseInt(yearText) < MIN_YEAR
                    || Integer.parseInt(yearText) > MAX_YEAR) {
                throw BusinessException.onField("year", "invoice.year.invalid");
            }
            year = Integer.valueOf(yearText);
        }
        var text = p.text("q", MAX_TEXT);
        var organisation = p.id("organisation");
        return new Filter(status, year, purpose, text, organisation);
    }

    private static int pageNumber(String page, int size) {
        try {
            int n = Integer.parseInt(page.strip());
            int last = Integer.MAX_VALUE / size;
            if (n < 1 || n > last) {
                throw BusinessException.onField("page", "list.parameter.range", "page", 1, last);
            }
            return n;
        } catch (NumberFormatException e) {
            throw BusinessException.onField("page", "list.parameter.invalid", "page");
        }
    }
}
