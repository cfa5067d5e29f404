package nl.ingrado.portal.register.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.ingrado.portal.register.boundary.OwnRegistration;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.web.FileResponses;

/**
 * {@code /member/krsd/certificate.pdf}: the caller's own registration certificate, for an active
 * registrant only (anyone else gets 404), in the language of the page.
 */
@WebServlet("/member/krsd/certificate.pdf")
public class RegistrationCertificate extends HttpServlet {

    @Inject
    OwnRegistration own;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = Texts.pageLocaleOf(request);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var pdf = FileResponses.unlessRefused(() -> own.certificate(currentUser.id(),
                new OwnRegistration.CertificateTexts() {
                    @Override
                    public String title() {
                        return Texts.get(locale, "reg.certificate.title");
                    }

                    @Override
                    public String number(String number) {
                        return Texts.get(locale, "reg.certificate.number", number);
                    }

                    @Override
                    public String status(RegistrantStatus status) {
                        return Texts.get(locale, "reg.certificate.status",
                                Texts.get(locale, "reg.status." + status));
                    }

                    @Override
                    public String period(LocalDate from, LocalDate to) {
                        return Texts.get(locale, "reg.certificate.period", dates.format(from),
                                dates.format(to));
                    }

                    @Override
                    public String validUntil(LocalDate date) {
                        return Texts.get(locale, "reg.certificate.validUntil", dates.format(date));
                    }

                    @Override
                    public String issued(LocalDate date) {
                        return Texts.get(locale, "reg.certificate.issued", dates.format(date));
                    }

                    @Override
                    public String footer() {
                        return Texts.get(locale, "reg.certificate.footer");
                    }
                }));
        if (pdf.isEmpty()) {
            response.sendError(404);
            return;
        }
        FileResponses.download(response, "application/pdf", "krsd-registratiebewijs.pdf", pdf.get());
    }
}
