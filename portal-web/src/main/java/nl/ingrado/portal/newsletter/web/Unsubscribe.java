package nl.ingrado.portal.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.ingrado.portal.newsletter.boundary.Subscriptions;
import nl.ingrado.portal.newsletter.entity.ConsentSource;
import nl.ingrado.portal.shared.web.ClientAddress;
import nl.ingrado.portal.shared.web.LanguageSwitch;
import nl.ingrado.portal.shared.web.SitePaths;
import nl.ingrado.portal.shared.control.Texts;

/**
 * {@code /newsletter/unsubscribe?t=TOKEN}, the address in every edition's List-Unsubscribe header and
 * footer. GET shows a confirmation page and changes nothing (link scanners open links). POST
 * unsubscribes: RFC 8058 one-click ({@code List-Unsubscribe=One-Click}, urlencoded or multipart) from
 * a mail client, without cookie, session or CSRF token, answered 200; or the page's own plain form,
 * answered with a redirect to the page, which then says "you are unsubscribed". The signed token is
 * the authority: only the recipient has it.
 */
@WebServlet("/newsletter/unsubscribe")
@MultipartConfig(maxFileSize = 1024, maxRequestSize = 4096, fileSizeThreshold = 4096)
public class Unsubscribe extends HttpServlet {

    static final String PAGE = "/newsletter/unsubscribe.xhtml";

    @Inject
    Subscriptions subscriptions;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        var lang = request.getParameter("lang");
        if ("nl".equals(lang) || "en".equals(lang)) {
            // the language switch of the page: remember, and show the same link without the parameter
            LanguageSwitch.remember(request, response, lang);
            response.sendRedirect(SitePaths.current(request) + "?t=" + urlSafe(request.getParameter("t")));
            return;
        }
        privateHeaders(response);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        privateHeaders(response);
        var token = queryParameter(request, "t");
        boolean fromPage = "page".equals(request.getParameter("via"));
        var source = fromPage ? ConsentSource.LINK : ConsentSource.ONE_CLICK;
        var target = subscriptions.unsubscribeByToken(token, source, clientAddress.of(request));
        if (target.isEmpty()) {
            // forged, mangled or of someone erased: the page says the link is not valid (404)
            request.getRequestDispatcher(PAGE).forward(request, response);
            return;
        }
        if (fromPage) {
            response.setStatus(303);
            response.setHeader("Location",
                    request.getContextPath() + "/newsletter/unsubscribe?t=" + urlSafe(token));
            return;
        }
        response.setStatus(200);
        response.setContentType("text/plain; charset=UTF-8");
        var locale = "en".equals(target.get().language()) ? Texts.ENGLISH : Texts.DUTCH;
        response.getOutputStream().write(
                Texts.get(locale, "newsletter.unsubscribe.oneClickDone").getBytes(StandardCharsets.UTF_8));
    }

    /** The token from the address only: a body field must not name another subscriber. */
    private static String queryParameter(HttpServletRequest request, String name) {
        var query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (var pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String urlSafe(String token) {
        return token == null ? "" : token.replaceAll("[^A-Za-z0-9_.-]", "");
    }

    private static void privateHeaders(HttpServletResponse response) {
        // the address holds the subscriber's signed token: no caches, no referrer, no search engines
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
