package nl.ingrado.portal.invoice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.web.ExportServlet;
import nl.ingrado.portal.shared.web.TableExport;
import nl.ingrado.portal.shared.web.TableExport.Format;

/**
 * The invoice list as it is filtered on screen, for the bookkeeping: {@code /staff/export/invoices.csv?year=2026},
 * {@code /staff/export/invoices.xlsx?status=OPEN}. Exact paths, so they win over the staff lists'
 * {@code /staff/export/*}; under /staff/, so only staff and admins get here.
 */
@WebServlet({"/staff/export/invoices.csv", "/staff/export/invoices.xlsx"})
@ServletSecurity(@HttpConstraint(rolesAllowed = {"STAFF", "ADMIN"}))
public class InvoiceExport extends ExportServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Rows read per query: the export streams, whatever the number of invoices. */
    static final int CHUNK = 500;

    @Inject
    transient InvoiceQueries invoices;

    @Override
    protected void export(String path, Locale locale, HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var format = Format.of(request.getServletPath()).orElse(null);
        if (format == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var filter = InvoiceList.filter(request::getParameter);
        TableExport.write(response, format, locale,
                Texts.get(locale, "inv.export.file") + "-" + LocalDate.now(),
                Texts.get(locale, "inv.list.title"),
                TableExport.headers(locale, "inv.col.number", "inv.col.kind", "inv.col.purpose",
                        "inv.col.buyer",
                        "inv.col.issueDate", "inv.col.dueDate", "inv.col.total", "inv.col.paid",
                        "inv.col.outstanding", "inv.col.status", "inv.col.paymentReference",
                        "inv.col.reminders"),
                sink -> {
                    for (int first = 0;; first += CHUNK) {
                        var rows = invoices.list(filter, first, CHUNK);
                        rows.forEach(r -> sink.accept(Arrays.asList(r.number(),
                                Texts.get(locale, "inv.kind." + r.kind()),
                                Texts.get(locale, "inv.purpose." + r.purpose()), r.buyer(), r.issueDate(),
                                r.dueDate(), r.total(), r.paid(), r.outstanding(),
                                Texts.get(locale, "inv.status." + r.status()), r.paymentReference(),
                                r.reminders())));
                        if (rows.size() < CHUNK) {
                            break;
                        }
                    }
                });
    }
}
