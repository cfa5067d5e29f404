package nl.ingrado.portal.invoice.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.shared.web.FileResponses;
import nl.ingrado.portal.shared.web.Ids;

/** What the three invoice file servlets share: reading the format and sending a stored file. */
final class InvoiceFiles {

    private InvoiceFiles() {
    }

    /** "PDF" or "UBL" for the parameter {@code pdf} or {@code ubl}; empty for anything else. */
    static Optional<String> format(String parameter) {
        if ("pdf".equals(parameter)) {
            return Optional.of("PDF");
        }
        return "ubl".equals(parameter) ? Optional.of("UBL") : Optional.empty();
    }

    static Optional<Long> id(String parameter) {
        return Optional.ofNullable(Ids.parse(parameter));
    }

    static void send(HttpServletResponse response, InvoiceQueries.File file) throws IOException {
        FileResponses.download(response, file.contentType(), file.name(), file.content());
    }
}
