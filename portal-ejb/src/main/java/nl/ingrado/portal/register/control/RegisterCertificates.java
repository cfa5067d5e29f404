package nl.ingrado.portal.register.control;

import java.util.Objects;
import nl.ingrado.portal.shared.control.Pdfs;

/**
 * The registration certificate (registratiebewijs) as PDF: one A4 page in the layout of the portal's
 * certificates, with the verification URL printed and drawn as a QR code, so whoever receives a print
 * can check it in the public register. All texts come in already translated.
 */
public final class RegisterCertificates {

    /** What the certificate says; every line is a finished sentence in the registrant's language. */
    public record Lines(String title, String name, String numberLine, String statusLine, String periodLine,
            String validUntilLine, String issuedLine, String verificationUrl, String footer) {

        public Lines {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(numberLine, "numberLine");
            Objects.requireNonNull(verificationUrl, "verificationUrl");
        }
    }

    private RegisterCertificates() {
    }

    public static byte[] pdf(Lines lines) {
        return Pdfs.certificate(new Pdfs.Certificate(lines.title(), lines.name(), lines.numberLine(),
                lines.statusLine(), lines.periodLine(), lines.validUntilLine(), lines.issuedLine(),
                lines.verificationUrl(), lines.footer()));
    }
}
