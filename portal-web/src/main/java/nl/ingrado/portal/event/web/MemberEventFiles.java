package nl.ingrado.portal.event.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import nl.ingrado.portal.event.boundary.EventCatalog;
import nl.ingrado.portal.shared.control.QrCodes;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.control.Texts;

/**
 * A member's own event files: the QR code for check-in ({@code /member/files/qr/{id}.png}) and
 * the certificate of attendance ({@code /member/files/certificate/{id}.pdf}). Someone else's
 * registration is a 404, never a file.
 */
@WebServlet("/member/files/*")
public class MemberEventFiles extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("^/(qr|certificate)/(\\d{1,18})\\.(png|pdf)$");

    @Inject
    EventCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(404);
            return;
        }
        long registrationId = Long.parseLong(matcher.group(2));
        try {
            if (matcher.group(1).equals("qr") && matcher.group(3).equals("png")) {
                var code = catalog.checkinCodeOf(currentUser.id(), registrationId);
                if (code.isEmpty()) {
                    response.sendError(404);
                    return;
                }
                response.setContentType("image/png");
                response.setHeader("Cache-Control", "private, no-store");
                response.getOutputStream().write(QrCodes.png(code.get(), 320));
            } else if (matcher.group(1).equals("certificate") && matcher.group(3).equals("pdf")) {
                var locale = Texts.pageLocaleOf(request);
                var pdf = catalog.certificate(currentUser.id(), registrationId, new EventCatalog.Texts() {
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
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "attachment; filename=\"bewijs-van-deelname-"
                        + registrationId + ".pdf\"");
                response.getOutputStream().write(pdf);
            } else {
                response.sendError(404);
            }
        } catch (BusinessException e) {
            response.sendError(404);
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof BusinessException) {
                response.sendError(404);
                return;
            }
            throw e;
        }
    }

}
