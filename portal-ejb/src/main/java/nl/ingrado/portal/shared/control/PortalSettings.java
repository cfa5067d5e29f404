package nl.ingrado.portal.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings every capability needs: where the portal is reachable and whether it runs as a demo. */
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://127.0.0.1:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    /** The public base URL without a trailing slash, for links in email. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean demo() {
        return demo;
    }
}
