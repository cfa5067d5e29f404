package nl.ingrado.portal.newsletter.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * The frozen signed copy of an Angus {@code SMTPMessage}: writes the signed bytes and keeps the
 * original's envelope sender and DSN options. Loaded only when the original is one (see
 * {@link DkimSigner}).
 */
final class SignedSmtpMessage extends SMTPMessage {

    private final byte[] signed;

    private SignedSmtpMessage(Session session, byte[] signed) throws MessagingException {
        super(session, new SharedByteArrayInputStream(signed));
        this.signed = signed;
    }

    /** Declared as {@code MimeMessage} so that callers never need this class's superclass to verify. */
    static MimeMessage of(Session session, MimeMessage original, byte[] signed) throws MessagingException {
        var source = (SMTPMessage) original;
        var copy = new SignedSmtpMessage(session, signed);
        copy.setEnvelopeFrom(source.getEnvelopeFrom());
        copy.setNotifyOptions(source.getNotifyOptions());
        copy.setReturnOption(source.getReturnOption());
        copy.setSendPartial(source.getSendPartial());
        copy.setSubmitter(source.getSubmitter());
        copy.setMailExtension(source.getMailExtension());
        // converting parts to 8 bit would be wasted: the bytes are fixed
        copy.setAllow8bitMIME(false);
        return copy;
    }

    @Override
    public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
        os.write(signed);
    }

    @Override
    public void saveChanges() {
        // frozen: a changed header would break the signature
    }
}
