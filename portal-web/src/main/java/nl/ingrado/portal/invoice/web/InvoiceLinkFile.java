package nl.ingrado.portal.invoice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.regex.Matcher;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.shared.web.FileServlet;

/**
 * The link in an invoice mail, for whoever has the mail (no login): {@code /invoice-file?t=<token>&f=pdf}.
 * A token that is malformed, unknown or expired is the plain 404 page, never an error.
 */
@WebServlet("/invoice-file")
public class InvoiceLinkFile extends FileServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceQueries invoices;

    public InvoiceLinkFile() {
        super("");
    }

    @Override
    protected void serve(Matcher path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var token = request.getParameter("t");
        var format = found(
                InvoiceFiles.format(request.getParameter("f") == null ? "pdf" : request.getParameter("f")));
        require(token != null && token.length() <= 128);
        InvoiceFiles.send(response, found(invoices.fileByLink(token, format)));
    }
}
