package nl.ingrado.portal.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The runtime's own endpoints that tell about the installation: {@code /metrics} (Payara adds it to the
 * application at the root context, so this application's filters and login apply) and Jersey's generated
 * {@code /api/application.wadl}. Only an administrator (logged in, or with an API token) may read them,
 * or a client from an address in {@code portal.admin-endpoints.addresses} (a scraper); others get 403.
 */
public class AdminEndpoints extends HttpFilter {

    @Inject
    @ConfigProperty(name = "portal.admin-endpoints.addresses")
    Optional<String> addresses;

    private Set<String> allowed;

    @Override
    public void init() {
        allowed = Arrays.stream(addresses.orElse("").split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the peer itself, never a forwarded-for header a client can write
        if (request.isUserInRole("ADMIN") || allowed.contains(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
