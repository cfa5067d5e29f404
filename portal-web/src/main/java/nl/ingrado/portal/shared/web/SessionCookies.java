package nl.ingrado.portal.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import nl.ingrado.portal.shared.control.PortalSettings;

/**
 * Session cookie: HttpOnly, and Secure whenever the portal is served over HTTPS. SameSite=Lax is a
 * setting of Payara's HTTP listener (see the README), which ignores the Servlet attribute.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    PortalSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.baseUrl().startsWith("https:"));
    }
}
