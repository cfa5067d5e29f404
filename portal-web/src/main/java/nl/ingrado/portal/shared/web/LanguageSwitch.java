package nl.ingrado.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.ingrado.portal.shared.control.Texts;

/**
 * {@code ?lang=en} or {@code ?lang=nl} on any page stores the choice in a cookie and redirects to
 * the same page without the parameter, so every page stays one bookmarkable URL per language choice.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageSwitch extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var lang = request.getParameter("lang");
        if ("GET".equals(request.getMethod()) && ("nl".equals(lang) || "en".equals(lang))) {
            remember(request, response, lang);
            var rest = request.getQueryString() == null
                    ? ""
                    : Arrays.stream(request.getQueryString().split("&"))
                            .filter(p -> !p.startsWith("lang="))
                            .collect(Collectors.joining("&"));
            // the page as the container mapped it, not the raw URI: "//host/x.xhtml" must stay on this site
            response.sendRedirect(SitePaths.current(request) + (rest.isEmpty() ? "" : "?" + rest));
            return;
        }
        chain.doFilter(request, response);
    }

    public static void remember(HttpServletRequest request, HttpServletResponse response, String lang) {
        var cookie = new Cookie(Texts.LANGUAGE_COOKIE, lang);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
