package nl.ingrado.portal.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Addresses of this portal for redirects and links back to the page a visitor is on. They are built
 * from the servlet path (decoded and normalised by the container), never from the raw request URI or
 * a parameter: {@code //evil.example/x.xhtml} reaches the portal as page {@code /evil.example/x.xhtml},
 * and a redirect to the raw URI would send the browser to another host.
 */
public final class SitePaths {

    /** A path of this site: one slash first (two make a host), then only characters allowed in a URI path. */
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@%/]*");

    private SitePaths() {
    }

    /** The page of this request, context path included, without query string. */
    public static String current(HttpServletRequest request) {
        var forwarded = (String) request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        var path = forwarded != null
                ? forwarded + orEmpty((String) request.getAttribute(RequestDispatcher.FORWARD_PATH_INFO))
                : request.getServletPath() + orEmpty(request.getPathInfo());
        return request.getContextPath() + encode(path);
    }

    /** The page of this request below the context path, with its query string: where to return after login. */
    public static String currentWithQuery(HttpServletRequest request) {
        var query = request.getQueryString();
        return current(request).substring(request.getContextPath().length())
                + (query == null || !LOCAL.matcher("/" + query.replace('?', '&')).matches()
                        ? ""
                        : "?" + query);
    }

    /** {@code path} if it is an encoded path of this site, else null: for addresses kept in the session. */
    public static String local(String path) {
        if (path == null) {
            return null;
        }
        var cut = path.indexOf('?');
        var pathPart = cut < 0 ? path : path.substring(0, cut);
        var query = cut < 0 ? "" : path.substring(cut + 1).replace('?', '&');
        return LOCAL.matcher(pathPart).matches() && (query.isEmpty() || LOCAL.matcher("/" + query).matches())
                ? path
                : null;
    }

    /** Percent-encodes what may not stand in a path, and folds repeated slashes into one. */
    static String encode(String decoded) {
        var out = new StringBuilder(decoded.length() + 8);
        for (byte b : decoded.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,=:@/".indexOf(c) >= 0;
            if (c == '/' && out.length() > 0 && out.charAt(out.length() - 1) == '/') {
                continue;
            }
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.length() == 0 || out.charAt(0) != '/' ? "/" + out : out.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
