package nl.ingrado.portal.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import nl.ingrado.portal.shared.control.PortalSettings;

/** Session cookie: HttpOnly, SameSite=Lax, and Secure whenever the portal is served over HTTPS. */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    PortalSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.baseUrl().startsWith("https:"));
        cookie.setAttribute("SameSite", "Lax");
    }
}
