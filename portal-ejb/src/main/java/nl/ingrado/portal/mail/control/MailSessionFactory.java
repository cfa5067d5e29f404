package nl.ingrado.portal.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP session, built from MicroProfile Config so the same settings work on Micro and full Payara. */
@ApplicationScoped
public class MailSessionFactory {

    @Inject
    @ConfigProperty(name = "portal.smtp.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "2525")
    int port;

    @Inject
    @ConfigProperty(name = "portal.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "Ingrado <noreply@ingrado.nl>")
    String from;

    private volatile Session session;

    public Session session() {
        if (session == null) {
            session = session(new Properties());
        }
        return session;
    }

    /**
     * A new session with the same SMTP server, timeouts and login, plus {@code extra} properties (the
     * newsletter adds its envelope sender and a socket factory): service mail keeps its own session.
     */
    public Session session(Properties extra) {
        var props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.starttls.required", String.valueOf(starttls));
        props.put("mail.debug", "false");
        var login = user.filter(u -> !u.isBlank());
        props.put("mail.smtp.auth", String.valueOf(login.isPresent()));
        props.putAll(extra);
        return login.isPresent()
                ? Session.getInstance(props, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(login.get(), password.orElse(""));
                    }
                })
                : Session.getInstance(props);
    }

    public String from() {
        return from;
    }
}
