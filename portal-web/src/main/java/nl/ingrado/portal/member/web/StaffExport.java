package nl.ingrado.portal.member.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.control.Csv;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.control.Texts;
import org.dhatim.fastexcel.Workbook;

/**
 * The staff lists as they are filtered on screen, as CSV (semicolons and a byte-order mark, as Dutch
 * Excel expects) or as an Excel workbook, streamed in chunks so memory stays bounded:
 * {@code /staff/export/persons.csv?rayon=3}, {@code /staff/export/organisations.xlsx?kind=MUNICIPALITY}.
 * Under /staff/, so only staff and admins get here (web.xml); checked again below.
 */
@WebServlet("/staff/export/*")
public class StaffExport extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonAdministration persons;

    @Inject
    transient OrganisationAdministration organisations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole("STAFF") && !request.isUserInRole("ADMIN")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var path = request.getPathInfo() == null ? "" : request.getPathInfo();
        var locale = Texts.pageLocaleOf(request);
        try {
            switch (path) {
                case "/persons.csv", "/persons.xlsx" -> {
                    var filter = ListParameters.persons(request::getParameter);
                    var sort = ListParameters.sort(request.getParameter("sort"));
                    var header = headers(locale, "person.firstName", "person.lastName", "person.email",
                            "person.status", "person.organisation", "person.job", "person.region",
                            "person.rayon", "person.premium");
                    write(request, response, path, "professionals", header, sink -> persons.forEach(filter,
                            sort,
                            row -> sink.accept(List.of(row.firstName(), row.lastName(), nz(row.email()),
                                    Texts.get(locale, "status." + row.status()), nz(row.organisation()),
                                    row.job() == null ? "" : Texts.get(locale, "job." + row.job()),
                                    nz(row.region()), nz(row.rayon()),
                                    Texts.get(locale, row.premium() ? "answer.yes" : "answer.no")))));
                }
                case "/organisations.csv", "/organisations.xlsx" -> {
                    var filter = ListParameters.organisations(request::getParameter);
                    var sort = ListParameters.sort(request.getParameter("sort"));
                    var header = headers(locale, "organisation.name", "organisation.kind",
                            "organisation.cbsCode",
                            "organisation.region", "organisation.rayon", "organisation.inhabitants",
                            "organisation.status", "organisation.employees", "organisation.mergedInto");
                    write(request, response, path, "organisations", header, sink -> organisations.forEach(
                            filter,
                            sort,
                            row -> sink.accept(List.of(row.name(), Texts.get(locale, "kind." + row.kind()),
                                    nz(row.cbsCode()), nz(row.region()), nz(row.rayon()),
                                    row.inhabitants() == null ? "" : row.inhabitants(),
                                    Texts.get(locale, "status." + row.status()), row.employees(),
                                    nz(row.mergedInto())))));
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (BusinessException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(Texts.get(locale, e.messageKey(), e.arguments()));
            }
        }
    }

    private interface Rows {
        void writeTo(java.util.function.Consumer<List<Object>> sink);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String path,
            String name,
            List<Object> header, Rows rows) throws IOException {
        var filename = name + "-" + LocalDate.now() + (path.endsWith(".csv") ? ".csv" : ".xlsx");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setHeader("Cache-Control", "no-store");
        if (path.endsWith(".csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            var out = new BufferedWriter(
                    new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
            out.write('\uFEFF');
            out.write(Csv.line(header));
            rows.writeTo(values -> {
                try {
                    out.write(Csv.line(values));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            out.flush();
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            var workbook = new Workbook(response.getOutputStream(), "Ingrado portal", "1.0");
            var sheet = workbook.newWorksheet(name);
            var line = new int[]{0};
            var writeRow = (java.util.function.Consumer<List<Object>>) values -> {
                for (int c = 0; c < values.size(); c++) {
                    var value = values.get(c);
                    if (value instanceof Number number) {
                        sheet.value(line[0], c, number);
                    } else {
                        sheet.value(line[0], c, value == null ? "" : value.toString());
                    }
                }
                line[0]++;
            };
            writeRow.accept(header);
            sheet.style(0, 0).bold().set();
            rows.writeTo(writeRow);
            workbook.finish();
        }
    }

    private static List<Object> headers(Locale locale, String... keys) {
        var header = new ArrayList<Object>();
        for (var key : keys) {
            header.add(Texts.get(locale, key));
        }
        return header;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
