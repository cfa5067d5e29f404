package nl.ingrado.portal.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.util.Properties;
import nl.ingrado.portal.mail.control.MailSessionFactory;

/**
 * SMTP sessions for a capability that sends its own mail (the newsletter): the portal's server,
 * timeouts and login, plus that capability's own properties. Service mail keeps its own session.
 */
@ApplicationScoped
public class MailSessions {

    @Inject
    MailSessionFactory factory;

    /** A new session; {@code extra} properties (e.g. envelope sender, socket factory) win. */
    public Session session(Properties extra) {
        return factory.session(extra);
    }
}
