package nl.ingrado.portal.shared;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ingrado.portal.testing.TestEnvironment;

/**
 * What an answer to a hostile request must be: never a server error or a stack trace; a refusal (a
 * page with an error message, or a 4xx with a problem for the API) leaves the database as it was; and
 * some classes must be refused outright (5 MB; 10,000 characters where the field allows fewer; a
 * non-address in an email field; wrong JSON shapes and types).
 */
final class Verdict {

    /** The messages JSF and PrimeFaces render for an invalid field or a refused action. */
    private static final Pattern ERROR_MESSAGE = Pattern
            .compile("ui-message-error|ui-messages-error|message--error");
    /** Frames of a Java stack trace, as a container's error page or a careless handler prints them. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [\\w$.]+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)|Caused by: [\\w$.]+");

    /** Fields a user types into: where a value longer than allowed can be stored or cut. */
    private static final Set<String> TYPED = Set.of("text", "email", "password", "search", "tel", "url",
            "number",
            "textarea");

    private final Findings findings;
    private final String contextPath = URI.create(TestEnvironment.portal().baseUrl()).getPath()
            .replaceAll("/$", "");
    /** The titles of the portal's "something went wrong" and "page expired" pages, in both languages. */
    private final List<String> serverErrorTitles = titles("error.500.title");
    private final List<String> expiredTitles = titles("error.expired.title");

    Verdict(Findings findings) {
        this.findings = findings;
    }

    String contextPath() {
        return contextPath;
    }

    /**
     * {@code multipart}: an upload form, which may be as large as its files (21 MB); there a 5 MB text
     * field is refused at the field, with a message, rather than as a whole with 413.
     */
    void judgeForm(HttpResponse<String> response, Set<String> changed, String form, boolean multipart,
            HtmlForm.Field field, Hostile.Text hostile) {
        int status = response.statusCode();
        var body = response.body();
        var fieldName = field.name();
        if (status >= 500 || serverErrorTitles.stream().anyMatch(body::contains)) {
            findings.fail("HTTP " + status + " (server error page)", form, fieldName, hostile.name());
            return;
        }
        var trace = STACK_TRACE.matcher(body);
        if (trace.find()) {
            findings.fail("a stack trace in the answer (HTTP " + status + "): " + trace.group(), form,
                    fieldName,
                    hostile.name());
            return;
        }
        if (expiredTitles.stream().anyMatch(body::contains)) {
            findings.fail("'page expired' for a fresh view state (HTTP " + status + ")", form, fieldName,
                    hostile.name());
            return;
        }
        if (hostile.mustRefuse() && status != 413 && !multipart) {
            findings.fail("5 MB answered HTTP " + status + ", not 413", form, fieldName, hostile.name());
            return;
        }
        boolean refused = status >= 400 || status == 200 && ERROR_MESSAGE.matcher(body).find();
        if (refused && !changed.isEmpty()) {
            findings.fail("refused, but the database changed " + changed, form, fieldName, hostile.name());
        } else if (!refused && hostile.mustRefuse()) {
            findings.fail("5 MB not refused: HTTP " + status + " without 413 or an error message", form,
                    fieldName,
                    hostile.name());
        } else if (!refused && !changed.isEmpty() && hostile.name().startsWith("10,000")
                && TYPED.contains(field.kind())
                && (field.maxLength() > 0 && field.maxLength() < Hostile.LONG
                        || !"textarea".equals(field.kind()))) {
            findings.fail("10,000 characters accepted into a field with maxlength "
                    + (field.maxLength() > 0 ? field.maxLength() : "(none)") + ": stored or cut silently",
                    form,
                    fieldName, hostile.name());
        } else if (!refused && !changed.isEmpty() && "email".equals(Hostile.kind(field))
                && !hostile.name().equals("empty") && !hostile.name().startsWith("10,000")) {
            findings.fail("a non-address accepted in an email field, database changed " + changed, form,
                    fieldName,
                    hostile.name());
        }
    }

    /** {@code mustRefuse}: the class has no right answer but a 4xx. */
    void judgeApi(HttpResponse<String> response, Set<String> changed, String operation, String property,
            String hostileClass, boolean mustRefuse) {
        int status = response.statusCode();
        var body = response.body();
        var type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            findings.fail("HTTP " + status, operation, property, hostileClass);
        } else if (STACK_TRACE.matcher(body).find()) {
            var trace = STACK_TRACE.matcher(body);
            trace.find();
            findings.fail("a stack trace in the answer (HTTP " + status + "): " + trace.group(), operation,
                    property, hostileClass);
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            findings.fail("HTTP " + status + " without a problem (Content-Type " + type + ")", operation,
                    property,
                    hostileClass);
        } else if (status >= 400 && !changed.isEmpty()) {
            findings.fail("refused, but the database changed " + changed, operation, property, hostileClass);
        } else if (status < 400 && mustRefuse) {
            findings.fail("accepted (HTTP " + status + ") where a 400 problem naming the field belongs",
                    operation, property, hostileClass);
        } else if (Hostile.FIVE_MB.name().equals(hostileClass) && status != 413) {
            findings.fail("5 MB answered HTTP " + status + ", not 413", operation, property, hostileClass);
        } else if (status == 400 && mustRefuse && !property.startsWith("(") && !property.startsWith("{")
                && !field(body).startsWith(property)) {
            findings.fail("400 problem that does not name the field (names '" + field(body) + "')", operation,
                    property, hostileClass);
        }
    }

    /** The field a problem names, or "" when it names none. */
    private static String field(String problem) {
        try {
            return Json.createReader(new StringReader(problem)).readObject().getString("field", "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static List<String> titles(String key) {
        return List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH).stream()
                .map(locale -> ResourceBundle.getBundle("nl.ingrado.portal.web.messages", locale)
                        .getString(key))
                .toList();
    }
}
