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
 * Lets the test suite switch, for one request, the capacity lock off (header
 * {@code X-Test-Unlocked-Race-Delay: millis}, its control run) or the trusted proxies to other
 * addresses (header {@code X-Test-Trusted-Proxies}, to see that {@code X-Forwarded-For} counts only
 * from them), or make the request fail ({@code X-Test-Fail}, to see the container's answer to an
 * unexpected error). Inert unless the portal runs with {@code portal.test-switches=true}, which only
 * the test harness sets.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TestSwitchFilter extends HttpFilter {

    static final String HEADER = "X-Test-Unlocked-Race-Delay";
    /** Makes the request fail, so a test sees the container's answer to an unexpected error. */
    static final String FAIL = "X-Test-Fail";
    static final String TRUSTED_PROXIES = "X-Test-Trusted-Proxies";

    @Inject
    @ConfigProperty(name = "portal.test-switches", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (enabled && request.getHeader(FAIL) != null) {
            throw new IllegalStateException("a failure asked for by the test suite");
        }
        var delay = enabled ? request.getHeader(HEADER) : null;
        var proxies = enabled ? request.getHeader(TRUSTED_PROXIES) : null;
        if (delay == null && proxies == null) {
            chain.doFilter(request, response);
            return;
        }
        if (delay != null) {
            TestSwitches.unlockCapacity(Integer.parseInt(delay.strip()));
        }
        if (proxies != null) {
            TestSwitches.trustProxies(proxies);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            TestSwitches.clear();
        }
    }
}
