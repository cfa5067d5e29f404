package nl.ingrado.portal.newsletter.web;

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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.ingrado.portal.member.control.Csv;
import nl.ingrado.portal.member.web.StaffTime;
import nl.ingrado.portal.newsletter.boundary.SubscriberAdministration;
import nl.ingrado.portal.newsletter.entity.ConsentSource;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.control.Texts;

/**
 * {@code /staff/newsletter/subscribers.csv?q=&status=&source=}: the subscribers as filtered on screen,
 * as the other staff exports write CSV (semicolons, UTF-8 with a byte-order mark for Dutch Excel),
 * streamed. Columns: address, name, language, status, since (Dutch time), source.
 */
@WebServlet("/staff/newsletter/subscribers.csv")
public class StaffSubscriberExport extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient SubscriberAdministration subscribers;

    @Inject
    transient StaffTime staffTime;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole("STAFF") && !request.isUserInRole("ADMIN")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var locale = Texts.pageLocaleOf(request);
        SubscriberAdministration.Filter filter;
        try {
            filter = StaffSubscribers.filter(request.getParameter("q"), request.getParameter("status"),
                    request.getParameter("source"));
        } catch (BusinessException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(Texts.get(locale, e.messageKey(), e.arguments()));
            return;
        }
        response.setHeader("Content-Disposition",
                "attachment; filename=\"nieuwsbrief-abonnees-" + LocalDate.now() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/csv;charset=UTF-8");
        var out = new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        out.write(Csv.line(List.of(Texts.get(locale, "nls.subscriber.email"),
                Texts.get(locale, "nls.subscriber.name"),
                Texts.get(locale, "nls.subscriber.language"), Texts.get(locale, "nls.subscriber.status"),
                Texts.get(locale, "nls.subscriber.since"), Texts.get(locale, "nls.subscriber.source"))));
        try {
            subscribers.forEach(filter, row -> {
                try {
                    out.write(Csv
                            .line(List.of(row.email(), row.name() == null ? "" : row.name(), row.language(),
                                    Texts.get(locale, "nls.subscriberStatus." + row.status()),
                                    row.since() == null ? "" : staffTime.local(row.since()).format(TIME),
                                    row.source() == null
                                            ? ""
                                            : Texts.get(locale, "nls.source." + row.source())
                                                    + (row.source() != ConsentSource.IMPORT
                                                            || row.sourceDetail() == null
                                                                    ? ""
                                                                    : ": " + row.sourceDetail()))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }
}
