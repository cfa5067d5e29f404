package nl.ingrado.portal.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;
import nl.ingrado.portal.shared.control.Settings;

/** The SMTP session, built from MicroProfile Config so the same settings work on Micro and full Payara. */
@ApplicationScoped
public class MailSessionFactory {

    private final Settings values = Settings.fromConfig("portal.");

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
        boolean starttls = values.flag("smtp.starttls", false);
        props.put("mail.smtp.host", values.text("smtp.host", "127.0.0.1"));
        props.put("mail.smtp.port", String.valueOf(values.number("smtp.port", 2525)));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.starttls.required", String.valueOf(starttls));
        props.put("mail.debug", "false");
        var login = values.nonBlank("smtp.user");
        var password = values.text("smtp.password");
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
        return values.text("mail.from", "Ingrado <noreply@ingrado.nl>");
    }
}
