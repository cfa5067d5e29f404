package nl.ingrado.portal.account.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.ingrado.portal.shared.web.SessionUser;

/**
 * {@code POST /account/keep-alive}: the page's "stay logged in" button. Reaching the session is all it
 * takes to restart the idle timeout, so a long KRSD submission or newsletter item is not lost; the answer
 * tells the page how many seconds it now has. Only for a logged-in session (the folder is protected).
 */
@WebServlet("/account/keep-alive")
public class KeepAlive extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Session-Seconds", String.valueOf(session.getMaxInactiveInterval()));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
