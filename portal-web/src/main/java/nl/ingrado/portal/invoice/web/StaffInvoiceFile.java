package nl.ingrado.portal.invoice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.regex.Matcher;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.shared.web.FileServlet;

/** Any invoice's stored PDF or UBL file for staff: {@code /staff/invoice-file?id=42&format=pdf}; else 404. */
@WebServlet("/staff/invoice-file")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"STAFF", "ADMIN"}))
public class StaffInvoiceFile extends FileServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceQueries invoices;

    public StaffInvoiceFile() {
        super("");
    }

    @Override
    protected void serve(Matcher path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var id = found(InvoiceFiles.id(request.getParameter("id")));
        var format = found(InvoiceFiles.format(request.getParameter("format")));
        InvoiceFiles.send(response, found(invoices.file(id, format)));
    }
}
