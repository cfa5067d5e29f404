package nl.ingrado.portal.event.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import nl.ingrado.portal.event.boundary.EventCatalog;
import nl.ingrado.portal.shared.control.QrCodes;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.FileResponses;
import nl.ingrado.portal.shared.web.FileServlet;

/**
 * A member's own event files: the QR code for check-in ({@code /member/files/qr/{id}.png}) and
 * the certificate of attendance ({@code /member/files/certificate/{id}.pdf}). Someone else's
 * registration is a 404, never a file.
 */
@WebServlet("/member/files/*")
public class MemberEventFiles extends FileServlet {

    @Inject
    EventCatalog catalog;

    @Inject
    CurrentUser currentUser;

    public MemberEventFiles() {
        super("^/(qr|certificate)/(\\d{1,18})\\.(png|pdf)$");
    }

    @Override
    protected void serve(Matcher matcher, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long registrationId = Long.parseLong(matcher.group(2));
        switch (matcher.group(1) + "." + matcher.group(3)) {
            case "qr.png" -> {
                var code = found(FileResponses
                        .unlessRefused(() -> catalog.checkinCodeOf(currentUser.id(), registrationId))
                        .flatMap(c -> c));
                FileResponses.send(response, "image/png", "private, no-store", QrCodes.png(code, 320));
            }
            case "certificate.pdf" -> {
                var pdf = found(FileResponses.unlessRefused(
                        () -> certificate(registrationId, Texts.pageLocaleOf(request))));
                FileResponses.download(response, "application/pdf",
                        "bewijs-van-deelname-" + registrationId + ".pdf", pdf);
            }
            default -> response.sendError(404);
        }
    }

    private byte[] certificate(long registrationId, Locale locale) {
        return catalog.certificate(currentUser.id(), registrationId, new EventCatalog.Texts() {
            @Override
            public String title() {
                return Texts.get(locale, "certificate.title");
            }

            @Override
            public String points(String points, String category) {
                return Texts.get(locale, "certificate.points", points, category);
            }

            @Override
            public String issued(String date) {
                return Texts.get(locale, "certificate.issued", date);
            }

            @Override
            public String footer() {
                return Texts.get(locale, "certificate.footer");
            }
        });
    }
}
