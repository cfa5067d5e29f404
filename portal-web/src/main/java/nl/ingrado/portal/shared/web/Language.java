package nl.ingrado.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
        var uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        var query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        var keep = query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return uri + "?" + (keep.isEmpty() ? "" : keep + "&") + "lang=" + getOtherCode();
    }
}
