package nl.ingrado.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.ingrado.portal.shared.control.Texts;

/** The language of the current page (Dutch unless the visitor chose English) and the switch link. */
@Named
@RequestScoped
public class Language {

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Texts.pageLocaleOf(request);
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public String getOtherCode() {
        return "en".equals(getCode()) ? "nl" : "en";
    }

    /** The current page in the other language. */
    public String getSwitchUrl() {
        // built from the mapped page, never the raw URI, so "//host/x.xhtml" gives no link off the site
        var uri = SitePaths.current(request);
        var query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        var errorUri = SitePaths.local((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (errorUri != null) {
            // an error page: the switch shows the same answer to the same address in the other language
            uri = errorUri;
            query = null;
        } else if (request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH) == null) {
            query = request.getQueryString();
        }
        var keep = query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return uri + "?" + (keep.isEmpty() ? "" : keep + "&") + "lang=" + getOtherCode();
    }
}
