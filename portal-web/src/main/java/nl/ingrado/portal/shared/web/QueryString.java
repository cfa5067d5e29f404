package nl.ingrado.portal.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The query string of a filtered list, for its export links, its page links and the redirect after a
 * search: the non-empty parameters in a fixed order, stripped and URL-encoded, without the '?'.
 */
public final class QueryString {

    private QueryString() {
    }

    public static String of(List<String> names, Function<String, String> parameter) {
        return of(names, parameter, null, null);
    }

    /** The same with the parameter {@code name} set to {@code value} (null or blank: left out). */
    public static String of(List<String> names, Function<String, String> parameter, String name,
            String value) {
        var parts = new ArrayList<String>();
        for (var n : names) {
            var v = n.equals(name) ? value : parameter.apply(n);
            if (v != null && !v.isBlank()) {
                parts.add(n + "=" + URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
            }
        }
        return String.join("&", parts);
    }
}
