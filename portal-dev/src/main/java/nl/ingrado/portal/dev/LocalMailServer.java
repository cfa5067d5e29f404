package nl.ingrado.portal.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP server on loopback that accepts every message, so nothing leaves the machine while
 * someone tries the portal. What was sent shows on the staff page "Verzonden e-mail". With an IMAP
 * port it also holds the newsletter's bounce mailbox ({@link #BOUNCE_MAILBOX}): mail sent to that
 * address (bounces, unsubscribe requests) lands there and the portal reads it over IMAP.
 */
public final class LocalMailServer implements AutoCloseable {

    /** The newsletter's envelope sender and List-Unsubscribe mailto in a local run. */
    public static final String BOUNCE_MAILBOX = "bounces@ingrado.nl";
    public static final String BOUNCE_PASSWORD = "bounces-local";

    private final GreenMail greenMail;

    private LocalMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** SMTP only. */
    public static LocalMailServer start(int smtpPort) {
        var greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new LocalMailServer(greenMail);
    }

    /** SMTP, and IMAP with the bounce mailbox. */
    public static LocalMailServer start(int smtpPort, int imapPort) {
        var greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        greenMail.setUser(BOUNCE_MAILBOX, BOUNCE_MAILBOX, BOUNCE_PASSWORD);
        return new LocalMailServer(greenMail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** The IMAP port, or -1 when started without IMAP. */
    public int imapPort() {
        return greenMail.getImap() == null ? -1 : greenMail.getImap().getPort();
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
