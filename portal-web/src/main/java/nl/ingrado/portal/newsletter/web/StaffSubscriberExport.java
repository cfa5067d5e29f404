package nl.ingrado.portal.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration.Filter;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration.Row;
import nl.ingrado.portal.newsletter.entity.ConsentSource;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.web.ExportServlet;
import nl.ingrado.portal.shared.web.StaffTime;
import nl.ingrado.portal.shared.web.TableExport;
import nl.ingrado.portal.shared.web.TableExport.Format;

/**
 * {@code /staff/newsletter/subscribers.csv?q=&status=&source=}: the subscribers as filtered on screen,
 * as CSV like the other staff exports, streamed. Columns: address, name, language, status, since (Dutch
 * time), source.
 */
@WebServlet("/staff/newsletter/subscribers.csv")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"STAFF", "ADMIN"}))
public class StaffSubscriberExport extends ExportServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient SubscriberAdministration subscribers;

    @Inject
    transient StaffTime staffTime;

    @Override
    protected void export(String path, Locale locale, HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var filter = Filter.parse(request::getParameter);
        TableExport.write(response, Format.CSV, locale, "nieuwsbrief-abonnees-" + LocalDate.now(), null,
                TableExport.headers(locale, "nls.subscriber.email", "nls.subscriber.name",
                        "nls.subscriber.language", "nls.subscriber.status", "nls.subscriber.since",
                        "nls.subscriber.source"),
                sink -> subscribers.forEach(filter, row -> sink.accept(values(row, locale))));
    }

    private List<String> values(Row row, Locale locale) {
        return List.of(row.email(), row.name() == null ? "" : row.name(), row.language(),
                Texts.get(locale, "nls.subscriberStatus." + row.status()),
                row.since() == null ? "" : staffTime.local(row.since()).format(TIME),
                row.source() == null
                        ? ""
                        : Texts.get(locale, "nls.source." + row.source())
                                + (row.source() != ConsentSource.IMPORT || row.sourceDetail() == null
                                        ? ""
                                        : ": " + row.sourceDetail()));
    }
}
