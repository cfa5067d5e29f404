package nl.ingrado.portal.invoice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.regex.Matcher;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.FileServlet;

/**
 * A member's own invoice as a file: {@code /member/invoice-file?id=42&format=pdf}. An invoice billed to
 * someone else (or to an organisation) is a 404, as one that does not exist.
 */
@WebServlet("/member/invoice-file")
public class MemberInvoiceFile extends FileServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceQueries invoices;

    @Inject
    transient MemberService members;

    @Inject
    transient CurrentUser currentUser;

    public MemberInvoiceFile() {
        super("");
    }

    @Override
    protected void serve(Matcher path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var id = found(InvoiceFiles.id(request.getParameter("id")));
        var format = found(InvoiceFiles.format(request.getParameter("format")));
        var person = found(members.personOf(currentUser.id())).getId();
        var detail = found(invoices.detail(id));
        require(person.equals(detail.personId()));
        InvoiceFiles.send(response, found(invoices.file(id, format)));
    }
}
