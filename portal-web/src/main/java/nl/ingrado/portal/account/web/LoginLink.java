package nl.ingrado.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.ingrado.portal.shared.web.SitePaths;

/**
 * The address of the login page that brings the visitor back to the page they are on
 * ({@code /login.xhtml?next=/events/view.xhtml?id=5}). The way back is the mapped page of this
 * portal, and {@link Login} checks it again, so the parameter can never send anyone to another host.
 */
@Named
@RequestScoped
public class LoginLink {

    /** Pages to which coming back after login makes no sense. */
    private static final String[] NOT_BACK = {"/login.xhtml", "/register.xhtml", "/password/", "/error/",
            "/verify.xhtml", "/index.xhtml"};

    @Inject
    HttpServletRequest request;

    public String getHref() {
        var login = request.getContextPath() + "/login.xhtml";
        var here = SitePaths.local(SitePaths.currentWithQuery(request));
        if (here == null || here.equals("/")) {
            return login;
        }
        for (var page : NOT_BACK) {
            if (here.startsWith(page)) {
                return login;
            }
        }
        return login + "?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }
}
