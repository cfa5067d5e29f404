package nl.ingrado.portal.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP server on loopback that accepts every message, so nothing leaves the machine while
 * someone tries the portal. What was sent shows on the staff page "Verzonden e-mail".
 */
public final class LocalMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private LocalMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static LocalMailServer start(int smtpPort) {
        var greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new LocalMailServer(greenMail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
