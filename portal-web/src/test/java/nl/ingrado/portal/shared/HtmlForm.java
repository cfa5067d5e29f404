package nl.ingrado.portal.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code <form>} as the portal renders it, read from the HTML a browser gets: its fields with the
 * values a browser would send, and its submit buttons. JSF writes well-formed XHTML with double-quoted
 * attributes, which is all this reader needs; it is not a general HTML parser.
 */
record HtmlForm(String page, String id, String action, boolean multipart, List<Field> fields,
        List<Field> buttons) {

    static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** One named control: {@code kind} is the input type, "textarea" or "select"; maxLength 0 when none. */
    record Field(String name, String kind, String value, int maxLength, Map<String, String> attributes,
            List<String> options) {

        boolean textual() {
            return Set.of("text", "email", "password", "search", "tel", "url", "number", "date",
                    "datetime-local", "time", "textarea", "hidden").contains(kind);
        }

        /** The id and label, lower case, to judge by name what the field or button is for. */
        String purpose() {
            return (name + " " + attributes.getOrDefault("value", "") + " "
                    + attributes.getOrDefault("inputmode", "") + " " + attributes.getOrDefault("title", ""))
                    .toLowerCase();
        }
    }

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile(
            "<input\\b([^>]*)>|<(button|textarea|select)\\b([^>]*)>(.*?)</\\2>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"#]+)\"");

    /** Every form of the page; {@code html} is the page at {@code page} (path and query). */
    static List<HtmlForm> parse(String page, String html, String contextPath) {
        var forms = new ArrayList<HtmlForm>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            var attributes = attributes(form.group(1));
            var fields = new ArrayList<Field>();
            var buttons = new ArrayList<Field>();
            Matcher control = CONTROL.matcher(form.group(2));
            while (control.find()) {
                var field = control.group(1) != null
                        ? field("input", attributes(control.group(1)), null)
                        : field(control.group(2), attributes(control.group(3)), control.group(4));
                if (field == null) {
                    continue;
                }
                (Set.of("submit", "button-submit").contains(field.kind()) ? buttons : fields).add(field);
            }
            forms.add(new HtmlForm(page, attributes.getOrDefault("id", "?"),
                    local(attributes.getOrDefault("action", page), contextPath),
                    attributes.getOrDefault("enctype", "").startsWith("multipart"), fields, buttons));
        }
        return forms;
    }

    private static Field field(String tag, Map<String, String> a, String content) {
        var name = a.get("name");
        if (name == null || a.containsKey("disabled")) {
            return null; // a browser sends neither unnamed nor disabled controls
        }
        int maxLength = a.containsKey("maxlength") ? Integer.parseInt(a.get("maxlength")) : 0;
        switch (tag) {
            case "textarea" :
                return new Field(name, "textarea", unescape(content == null ? "" : content), maxLength, a,
                        List.of());
            case "select" :
                var options = new ArrayList<String>();
                String selected = null;
                Matcher option = OPTION.matcher(content == null ? "" : content);
                while (option.find()) {
                    var o = attributes(option.group(1));
                    options.add(o.getOrDefault("value", ""));
                    if (o.containsKey("selected") && selected == null) {
                        selected = o.getOrDefault("value", "");
                    }
                }
                var first = options.stream().filter(v -> !v.isEmpty()).findFirst().orElse("");
                return new Field(name, "select", selected != null ? selected : first, 0, a, options);
            case "button" :
                var type = a.getOrDefault("type", "submit");
                return "submit".equals(type)
                        ? new Field(name, "button-submit", a.getOrDefault("value", ""), 0, a, List.of())
                        : null;
            default :
                var kind = a.getOrDefault("type", "text").toLowerCase();
                if (Set.of("checkbox", "radio").contains(kind) && !a.containsKey("checked")) {
                    return null; // unchecked: not sent
                }
                if (Set.of("reset", "image", "button").contains(kind)) {
                    return null;
                }
                return new Field(name, kind, a.getOrDefault("value", "checkbox".equals(kind) ? "on" : ""),
                        maxLength, a, List.of());
        }
    }

    /** The site's own page links (path and query, without the context path), in page order. */
    static Set<String> links(String html, String contextPath) {
        var links = new LinkedHashSet<String>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            var href = unescape(link.group(1));
            if (href.startsWith("/") && !href.startsWith("//")) {
                links.add(local(href, contextPath));
            }
        }
        return links;
    }

    private static String local(String path, String contextPath) {
        var p = unescape(path);
        return !contextPath.isEmpty() && p.startsWith(contextPath + "/")
                ? p.substring(contextPath.length())
                : p;
    }

    static Map<String, String> attributes(String text) {
        var attributes = new LinkedHashMap<String, String>();
        Matcher a = ATTRIBUTE.matcher(text);
        while (a.find()) {
            attributes.put(a.group(1).toLowerCase(), unescape(a.group(2)));
        }
        // boolean attributes written bare (HTML style) rather than as disabled="disabled"
        for (var bare : List.of("disabled", "checked", "selected")) {
            if (text.matches("(?s).*\\s" + bare + "(\\s.*|/?)$")) {
                attributes.putIfAbsent(bare, bare);
            }
        }
        return attributes;
    }

    static String unescape(String text) {
        var decoded = new StringBuilder();
        Matcher entity = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);").matcher(text);
        while (entity.find()) {
            var e = entity.group(1);
            var replacement = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))));
            };
            entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    /** The view state of the form with {@code formId} in {@code html}, or null when the page has no such form. */
    static String viewState(String html, String formId) {
        for (var form : parse("", html, "")) {
            if (form.id().equals(formId)) {
                return form.fields().stream().filter(f -> VIEW_STATE.equals(f.name())).map(Field::value)
                        .findFirst().orElse(null);
            }
        }
        return null;
    }
}
