package nl.ingrado.portal.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.ingrado.portal.shared.control.TestSwitches;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets the test suite's control run switch the capacity lock off for one request (header
 * {@code X-Test-Unlocked-Race-Delay: millis}). Inert unless the portal runs with
 * {@code portal.test-switches=true}, which only the test harness sets.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class TestSwitchFilter extends HttpFilter {

    static final String HEADER = "X-Test-Unlocked-Race-Delay";

    @Inject
    @ConfigProperty(name = "portal.test-switches", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var delay = enabled ? request.getHeader(HEADER) : null;
        if (delay == null) {
            chain.doFilter(request, response);
            return;
        }
        TestSwitches.unlockCapacity(Integer.parseInt(delay.strip()));
        try {
            chain.doFilter(request, response);
        } finally {
            TestSwitches.clear();
        }
    }
}
