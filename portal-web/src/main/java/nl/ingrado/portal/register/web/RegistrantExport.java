package nl.ingrado.portal.register.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ingrado.portal.member.control.Csv;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.register.boundary.RegisterOverview;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.entity.Norm.Standing;
import nl.ingrado.portal.register.entity.OverviewRow;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.control.Texts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The registrant overview as it is filtered on screen, as CSV (semicolons and a byte-order mark, as
 * Dutch Excel expects) or as an Excel workbook: {@code /auditor/export/registrants.csv?standing=AT_RISK}
 * (and {@code .xlsx}). Rows stream from the database cursor straight into the response; the workbook is
 * flushed every {@value #FLUSH_EVERY} rows and its texts are written inline (no shared-strings table
 * that grows with the rows), so memory stays bounded whatever the number of registrants. Under
 * /auditor/, so only auditors get here (web.xml); checked again below.
 */
@WebServlet("/auditor/export/*")
public class RegistrantExport extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;
    static final int FLUSH_EVERY = 200;

    @Inject
    transient RegisterOverview overview;

    @Inject
    transient Schemes schemes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole("AUDITOR")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.equals("/registrants.csv") && !path.equals("/registrants.xlsx")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var locale = Texts.pageLocaleOf(request);
        try {
            var filter = OverviewParameters.filter(request::getParameter);
            var categories = schemes.krsd().categories().stream().map(c -> c.code()).toList();
            var labels = new Labels(locale);
            var header = new ArrayList<Object>();
            for (var key : List.of("overview.col.number", "overview.col.lastName", "overview.col.firstName",
                    "overview.col.job", "overview.col.rayon",
                    "overview.col.status", "overview.col.startsOn", "overview.col.endsOn",
                    "overview.col.norm", "overview.col.counted", "overview.col.missing",
                    "overview.col.standing")) {
                header.add(Texts.get(locale, key));
            }
            categories.forEach(c -> header.add(Texts.get(locale, "overview.col.earnedIn", c)));
            var filename = "krsd-registrants-" + LocalDate.now() + (path.endsWith(".csv") ? ".csv" : ".xlsx");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
            response.setHeader("Cache-Control", "no-store");
            if (path.endsWith(".csv")) {
                response.setContentType("text/csv;charset=UTF-8");
                var out = new BufferedWriter(
                        new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
                out.write('\uFEFF');
                out.write(Csv.line(header));
                overview.forEach(filter, row -> {
                    try {
                        out.write(Csv.line(csvValues(row, labels, categories, locale)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                out.flush();
            } else {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                var workbook = new Workbook(response.getOutputStream(), "Ingrado portal", "1.0");
                var sheet = workbook.newWorksheet(Texts.get(locale, "overview.sheet"));
                for (int c = 0; c < header.size(); c++) {
                    sheet.inlineString(0, c, header.get(c).toString());
                }
                sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
                int[] line = {1};
                overview.forEach(filter, row -> {
                    writeRow(sheet, line[0], row, labels, categories);
                    if (++line[0] % FLUSH_EVERY == 0) {
                        try {
                            sheet.flush();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                workbook.finish();
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

    private static List<Object> csvValues(OverviewRow row, Labels labels, List<String> categories,
            Locale locale) {
        var values = new ArrayList<Object>(List.of(nz(row.number()), row.lastName(), row.firstName(),
                labels.job(row.job()), nz(row.rayon()), labels.statuses.get(row.status()),
                date(row.startsOn()),
                date(row.endsOn()), points(row.norm(), locale), points(row.counted(), locale),
                points(row.missing(), locale),
                row.standing() == null ? "" : labels.standings.get(row.standing())));
        categories.forEach(c -> values.add(points(row.earned().getOrDefault(c, BigDecimal.ZERO), locale)));
        return values;
    }

    private static void writeRow(Worksheet sheet, int r, OverviewRow row, Labels labels,
            List<String> categories) {
        int c = 0;
        sheet.inlineString(r, c++, nz(row.number()));
        sheet.inlineString(r, c++, row.lastName());
        sheet.inlineString(r, c++, row.firstName());
        sheet.inlineString(r, c++, labels.job(row.job()));
        sheet.inlineString(r, c++, nz(row.rayon()));
        sheet.inlineString(r, c++, labels.statuses.get(row.status()));
        for (var date : new LocalDate[]{row.startsOn(), row.endsOn()}) {
            if (date != null) {
                sheet.value(r, c, date);
                sheet.style(r, c).format("dd-mm-yyyy").set();
            }
            c++;
        }
        for (var number : new BigDecimal[]{row.norm(), row.counted(), row.missing()}) {
            if (number != null) {
                sheet.value(r, c, number);
            }
            c++;
        }
        sheet.inlineString(r, c++, row.standing() == null ? "" : labels.standings.get(row.standing()));
        for (var category : categories) {
            sheet.value(r, c++, row.earned().getOrDefault(category, BigDecimal.ZERO));
        }
    }

    /** The labels, looked up once per export rather than once per cell. */
    private static final class Labels {
        final Map<Standing, String> standings = new EnumMap<>(Standing.class);
        final Map<RegistrantStatus, String> statuses = new EnumMap<>(RegistrantStatus.class);
        final Map<String, String> jobs = new java.util.HashMap<>();

        Labels(Locale locale) {
            for (var s : Standing.values()) {
                standings.put(s, Texts.get(locale, "overview.standing." + s.name()));
            }
            for (var s : RegistrantStatus.values()) {
                statuses.put(s, Texts.get(locale, "overview.status." + s.name()));
            }
            for (var j : Job.values()) {
                jobs.put(j.name(), Texts.get(locale, "job." + j.name()));
            }
        }

        String job(String code) {
            return jobs.getOrDefault(code, code);
        }
    }

    static String points(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        var text = value.stripTrailingZeros().toPlainString();
        return "nl".equals(locale.getLanguage()) ? text.replace('.', ',') : text;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
