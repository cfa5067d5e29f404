package nl.ingrado.portal.member.web;

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
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationFilter;
import nl.ingrado.portal.member.boundary.StaffLists.PersonFilter;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.web.ExportServlet;
import nl.ingrado.portal.shared.web.TableExport;
import nl.ingrado.portal.shared.web.TableExport.Format;
import nl.ingrado.portal.shared.web.TableExport.Rows;

/**
 * The staff lists as they are filtered on screen, as CSV or as an Excel workbook, streamed:
 * {@code /staff/export/persons.csv?rayon=3}, {@code /staff/export/organisations.xlsx?kind=MUNICIPALITY}.
 * Under /staff/, so only staff and admins get here (web.xml, and the container checks the roles below again).
 */
@WebServlet("/staff/export/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"STAFF", "ADMIN"}))
public class StaffExport extends ExportServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonAdministration persons;

    @Inject
    transient OrganisationAdministration organisations;

    @Override
    protected void export(String path, Locale locale, HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var format = Format.of(path).orElse(null);
        switch (path) {
            case "/persons.csv", "/persons.xlsx" -> write(response, format, locale, "professionals",
                    persons(request, locale), "person.firstName", "person.lastName", "person.email",
                    "person.status", "person.organisation", "person.job", "person.region", "person.rayon",
                    "person.premium");
            case "/organisations.csv", "/organisations.xlsx" -> write(response, format, locale,
                    "organisations", organisations(request, locale), "organisation.name",
                    "organisation.kind", "organisation.cbsCode", "organisation.region",
                    "organisation.rayon",
                    "organisation.inhabitants", "organisation.status", "organisation.employees",
                    "organisation.mergedInto");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private Rows persons(HttpServletRequest request, Locale locale) {
        var filter = PersonFilter.parse(request::getParameter);
        var sort = Sort.parse(request.getParameter("sort"));
        return sink -> persons.forEach(filter, sort,
                row -> sink.accept(Arrays.asList(row.firstName(), row.lastName(), row.email(),
                        Texts.get(locale, "status." + row.status()), row.organisation(),
                        row.job() == null ? "" : Texts.get(locale, "job." + row.job()), row.region(),
                        row.rayon(),
                        Texts.get(locale, row.premium() ? "answer.yes" : "answer.no"))));
    }

    private Rows organisations(HttpServletRequest request, Locale locale) {
        var filter = OrganisationFilter.parse(request::getParameter);
        var sort = Sort.parse(request.getParameter("sort"));
        return sink -> organisations.forEach(filter, sort,
                row -> sink.accept(Arrays.asList(row.name(), Texts.get(locale, "kind." + row.kind()),
                        row.cbsCode(), row.region(), row.rayon(), row.inhabitants(),
                        Texts.get(locale, "status." + row.status()), row.employees(), row.mergedInto())));
    }

    private static void write(HttpServletResponse response, Format format, Locale locale, String name,
            Rows rows,
            String... headerKeys) throws IOException {
        TableExport.write(response, format, locale, name + "-" + LocalDate.now(), name,
                TableExport.headers(locale, headerKeys), rows);
    }
}
