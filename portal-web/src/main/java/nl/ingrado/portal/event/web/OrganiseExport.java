package nl.ingrado.portal.event.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.ingrado.portal.event.boundary.EventAdministration;
import nl.ingrado.portal.event.boundary.EventAdministration.RegistrationOverview;
import nl.ingrado.portal.event.boundary.EventAdministration.RegistrationRow;
import nl.ingrado.portal.shared.control.Pdfs;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.ExportServlet;
import nl.ingrado.portal.shared.web.FileResponses;
import nl.ingrado.portal.shared.web.TableExport;
import nl.ingrado.portal.shared.web.TableExport.Format;

/**
 * The downloads of one event's registrations, for whoever may organise it:
 * {@code /organise/export/registrations.csv?event=7} (and {@code .xlsx}), {@code presence.pdf} (the
 * attendance list to sign) and {@code badges.pdf}. web.xml lets only organisers under /organise/;
 * the event itself is checked against the organiser, and one out of reach is "not found".
 */
@WebServlet("/organise/export/*")
public class OrganiseExport extends ExportServlet {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    @Inject
    transient EventAdministration events;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void export(String path, Locale locale, HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        RegistrationOverview overview;
        try {
            overview = events.registrations(Organisers.of(currentUser),
                    Long.parseLong(request.getParameter("event")));
        } catch (NumberFormatException | BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var name = "event-" + overview.event().getId();
        response.setHeader("Cache-Control", "no-store");
        switch (path) {
            case "/registrations.csv", "/registrations.xlsx" -> TableExport.write(response,
                    Format.of(path).orElseThrow(), locale, name + "-registrations",
                    Texts.get(locale, "organise.export.sheet"), header(locale, overview),
                    sink -> rows(locale, overview).forEach(sink));
            case "/presence.pdf" -> {
                var headers = new ArrayList<String>(List.of(Texts.get(locale, "col.name")));
                overview.rounds().forEach(round -> headers.add(round.name()));
                headers.add(Texts.get(locale, "organise.presence.signature"));
                var rows = new ArrayList<List<String>>();
                for (var r : byName(overview.confirmed())) {
                    var row = new ArrayList<String>(List.of(r.name()));
                    overview.rounds().forEach(round -> row.add(r.workshopIn(round.id())));
                    row.add("");
                    rows.add(row);
                }
                pdf(response, name + "-presence.pdf", Pdfs.nameList(
                        Texts.get(locale, "organise.presence.title", overview.event().getTitle()), headers,
                        rows));
            }
            case "/badges.pdf" -> {
                var confirmed = byName(overview.confirmed());
                if (confirmed.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                var badges = confirmed.stream().map(r -> new Pdfs.Badge(r.name(), "",
                        String.join(" · ", overview.rounds().stream().map(round -> r.workshopIn(round.id()))
                                .filter(t -> !t.isEmpty()).toList())))
                        .toList();
                pdf(response, name + "-badges.pdf", Pdfs.badges(overview.event().getTitle(), badges));
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static List<Object> header(Locale locale, RegistrationOverview overview) {
        var header = new ArrayList<Object>(
                TableExport.headers(locale, "col.name", "col.email", "col.status", "col.registeredAt"));
        overview.rounds().forEach(round -> header.add(round.name()));
        header.addAll(TableExport.headers(locale, "col.remarks", "col.member", "col.attended"));
        return header;
    }

    private static List<List<Object>> rows(Locale locale, RegistrationOverview overview) {
        var rows = new ArrayList<List<Object>>();
        for (var r : overview.live()) {
            var row = new ArrayList<Object>(
                    List.of(r.name(), r.email(), Texts.get(locale, "registrationStatus." + r.status()),
                            r.registeredAt().format(TIME)));
            overview.rounds().forEach(round -> row.add(r.workshopIn(round.id())));
            row.add(r.remarks() == null ? "" : r.remarks());
            row.add(Texts.get(locale, r.member() ? "answer.yes" : "answer.no"));
            row.add(r.attendedAt() == null ? "" : r.attendedAt().format(TIME));
            rows.add(row);
        }
        return rows;
    }

    private static List<RegistrationRow> byName(List<RegistrationRow> rows) {
        return rows.stream()
                .sorted(Comparator.comparing(RegistrationRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static void pdf(HttpServletResponse response, String filename, byte[] bytes) throws IOException {
        FileResponses.download(response, "application/pdf", filename, bytes);
    }
}
