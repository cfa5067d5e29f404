package nl.ingrado.portal.event.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import nl.ingrado.portal.shared.control.QrCodes;
import nl.ingrado.portal.shared.web.FileServlet;

/**
 * {@code /events/qr/{code}.png}: the QR code of a registration code. Whoever has the code may see it
 * as a picture; the code itself is the secret, and this reveals nothing else.
 */
@WebServlet("/events/qr/*")
public class GuestQrCode extends FileServlet {

    public GuestQrCode() {
        super("^/([A-Za-z0-9_-]{22})\\.png$");
    }

    @Override
    protected void serve(Matcher path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(QrCodes.png(path.group(1), 320));
    }
}
