package nl.ingrado.portal.register.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.register.boundary.RegisterOverview;
import nl.ingrado.portal.register.boundary.RegistrantFilter;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.entity.Norm.Standing;
import nl.ingrado.portal.register.entity.OverviewRow;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.web.ExportServlet;
import nl.ingrado.portal.shared.web.TableExport;
import nl.ingrado.portal.shared.web.TableExport.Format;

/**
 * The registrant overview as it is filtered on screen, as CSV or as an Excel workbook:
 * {@code /auditor/export/registrants.csv?standing=AT_RISK} (and {@code .xlsx}). Rows stream from the
 * database cursor straight into the response, so memory stays bounded whatever the number of
 * registrants. Under /auditor/, so only auditors get here (web.xml, and the container checks the role below again).
 */
@WebServlet("/auditor/export/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = "AUDITOR"))
public class RegistrantExport extends ExportServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient RegisterOverview overview;

    @Inject
    transient Schemes schemes;

    @Override
    protected void export(String path, Locale locale, HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (!path.equals("/registrants.csv") && !path.equals("/registrants.xlsx")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var filter = RegistrantFilter.parse(request::getParameter);
        var categories = schemes.krsd().categories().stream().map(c -> c.code()).toList();
        var labels = new Labels(locale);
        var header = TableExport.headers(locale, "overview.col.number", "overview.col.lastName",
                "overview.col.firstName", "overview.col.job", "overview.col.rayon", "overview.col.status",
                "overview.col.startsOn", "overview.col.endsOn", "overview.col.norm",
                "overview.col.counted",
                "overview.col.missing", "overview.col.standing");
        categories.forEach(c -> header.add(Texts.get(locale, "overview.col.earnedIn", c)));
        TableExport.write(response, Format.of(path).orElseThrow(), locale,
                "krsd-registrants-" + LocalDate.now(),
                Texts.get(locale, "overview.sheet"), header,
                sink -> overview.forEach(filter, row -> sink.accept(values(row, labels, categories))));
    }

    private static List<Object> values(OverviewRow row, Labels labels, List<String> categories) {
        var values = new ArrayList<Object>(Arrays.asList(row.number() == null ? "" : row.number(),
                row.lastName(), row.firstName(), labels.job(row.job()),
                row.rayon() == null ? "" : row.rayon(),
                labels.statuses.get(row.status()), row.startsOn(), row.endsOn(), row.norm(), row.counted(),
                row.missing(), row.standing() == null ? "" : labels.standings.get(row.standing())));
        categories.forEach(c -> values.add(row.earned().getOrDefault(c, BigDecimal.ZERO)));
        return values;
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
}
