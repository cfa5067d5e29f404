package nl.ingrado.portal.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;

/**
 * Crawls the pages one role reaches from the navigation, reads every form as a browser gets it, and
 * posts it once per field and hostile class: the hostile value in that field, plausible values in the
 * others, a valid view state, the form's first safe button. Judges each answer (see {@link Verdict}).
 */
final class FormFuzzer {

    /**
     * Buttons the crawl never presses, by id or label (Dutch and English): they log out, delete, erase,
     * cancel, revoke or end something, or mail many people (send, schedule, invoice a year, import all).
     * Nor decisions (approve, refuse, decide, renew, book, correct, accredit): an accepted hostile case
     * (an emoji as the reason) would decide on the demo data that other tests read.
     */
    static final Pattern DESTRUCTIVE = Pattern
            .compile("logout|uitlog|delete|verwijder|remove|erase|erasure|carry"
                    + "|uitvoer|revoke|intrek|withdraw|cancel|annule|afmeld|deactivat|merge|samenvoeg|send|verstuur|verzend"
                    + "|schedule|inplan|resume|unsubscribe|uitschrijv|invoice|factu|import|mark|noshow|beëindig|\\bend\\b"
                    + "|approve|goedkeur|keur|refuse|reject|afwijz|weiger|decide|beslis|renew|verleng|book|boek"
                    + "|correct|accredit|accrediteer");

    /** Links the crawl does not follow: downloads, feeds, the API, the language switch (a cookie). */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "lang=|/files/|/documents/|/api/|preview|jakarta\\.faces\\.resource|\\.(csv|xlsx|pdf|ics|xml)");

    private static final int MAX_PAGES_PER_ROLE = 80;

    private final Findings findings;
    private final DbFingerprint fingerprint;
    private final Verdict verdict;
    private final Set<String> fuzzedForms = new HashSet<>();

    FormFuzzer(Findings findings, DbFingerprint fingerprint, Verdict verdict) {
        this.findings = findings;
        this.fingerprint = fingerprint;
        this.verdict = verdict;
    }

    /** Crawls as {@code role} (logged in by {@code login}) and fuzzes each form not fuzzed before. */
    void crawl(String role, Supplier<HttpSession> login) throws IOException {
        var session = new Holder(login);
        var queue = new ArrayDeque<String>(List.of("/"));
        var seenPaths = new HashSet<String>();
        while (!queue.isEmpty() && seenPaths.size() < MAX_PAGES_PER_ROLE) {
            var page = queue.poll();
            if (!seenPaths.add(page.split("\\?")[0]) || NOT_A_PAGE.matcher(page).find()
                    || !page.split("\\?")[0].matches(".*(/|\\.xhtml)")) {
                continue;
            }
            var response = session.get(page);
            if (response.statusCode() != 200) {
                continue;
            }
            findings.page(role, page);
            HtmlForm.links(response.body(), verdict.contextPath()).forEach(queue::add);
            for (var form : HtmlForm.parse(page, response.body(), verdict.contextPath())) {
                fuzz(role, session, form);
            }
        }
    }

    private void fuzz(String role, Holder session, HtmlForm form) throws IOException {
        var fields = form.fields().stream().filter(f -> fuzzable(form, f)).toList();
        var key = form.page().split("\\?")[0] + "#" + form.id()
                + fields.stream().map(HtmlForm.Field::name).toList();
        if (!fuzzedForms.add(key)) {
            return;
        }
        var safe = form.buttons().stream().filter(b -> !DESTRUCTIVE.matcher(b.purpose()).find()).toList();
        form.buttons().stream().filter(b -> !safe.contains(b))
                .forEach(b -> findings.skipped("destructive button"));
        if (safe.isEmpty() || fields.isEmpty()) {
            findings.skipped(safe.isEmpty() ? "form without a safe button" : "form without fields");
            return;
        }
        var target = role + " " + form.page().split("\\?")[0] + " " + form.id() + " [" + safe.get(0).name()
                + " \""
                + safe.get(0).value() + "\"]";
        findings.form(target);
        String html = null;
        boolean fiveMbSent = false;
        for (var field : fields) {
            findings.field(target, field.name());
            var classes = new java.util.ArrayList<>(field.textual() && !"hidden".equals(field.kind())
                    ? Hostile.PER_FIELD
                    : Hostile.PER_CHOICE);
            if (!fiveMbSent && field.textual() && !"hidden".equals(field.kind())) {
                classes.add(Hostile.FIVE_MB); // once per form: the size of the request is what it tests
                fiveMbSent = true;
            }
            for (var hostile : classes) {
                if (html == null) {
                    var page = session.get(form.page());
                    if (page.statusCode() != 200 || HtmlForm.viewState(page.body(), form.id()) == null) {
                        // an accepted case used the form up (registered, approved): nothing left to send it to
                        findings.skipped("form gone after an accepted case");
                        return;
                    }
                    html = page.body();
                    fingerprint.take(); // showing a page may write (a calendar feed's key): not the post's doing
                }
                var values = plausible(form, HtmlForm.viewState(html, form.id()));
                values.put(field.name(), hostile.value(field));
                var before = fingerprint.last();
                HttpResponse<String> response;
                long sent = System.nanoTime();
                try {
                    response = post(session.get(), form, values, safe.get(0));
                } catch (IOException e) {
                    findings.fail("no answer: " + e, target, field.name(), hostile.name());
                    html = null;
                    continue;
                } finally {
                    fingerprint.take();
                    findings.formCase();
                    findings.timed(target, (System.nanoTime() - sent) / 1_000_000);
                }
                var changed = DbFingerprint.changed(before, fingerprint.last());
                verdict.judgeForm(response, changed, target, form.multipart(), field, hostile);
                if (!changed.isEmpty()) {
                    fingerprint.settle(); // an accepted case may still be mailing: not the next case's doing
                }
                // a re-rendered form carries the next view state, as a browser would use it
                html = response.statusCode() == 200 && HtmlForm.viewState(response.body(), form.id()) != null
                        ? response.body()
                        : null;
            }
        }
    }

    private static boolean fuzzable(HtmlForm form, HtmlForm.Field field) {
        var name = field.name();
        if (HtmlForm.VIEW_STATE.equals(name) || name.equals(form.id()) || name.startsWith("jakarta.")
                || name.startsWith("primefaces") || "file".equals(field.kind())) {
            return false;
        }
        // PrimeFaces keeps widget state (scroll, selection, focus) in hidden fields named with a suffix
        return !"hidden".equals(field.kind()) || !name.substring(name.lastIndexOf(':') + 1).contains("_");
    }

    /** What a careful user would type: the rendered value where there is one, else a value of the right shape. */
    private static Map<String, String> plausible(HtmlForm form, String viewState) {
        var values = new LinkedHashMap<String, String>();
        for (var field : form.fields()) {
            values.put(field.name(),
                    field.value().isEmpty() && field.textual() ? guess(field) : field.value());
        }
        values.put(HtmlForm.VIEW_STATE, viewState);
        return values;
    }

    private static String guess(HtmlForm.Field field) {
        var name = field.name().toLowerCase();
        var day = LocalDate.now(Fixtures.AMSTERDAM).plusDays(30);
        var minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        switch (field.kind()) {
            case "email" :
                return "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
            case "password" :
                return Fixtures.PASSWORD;
            case "date" :
                return day.toString();
            case "time" :
                return "10:00";
            case "url" :
                return "https://example.nl/";
            case "datetime-local" :
                // registration opens now and closes, as cancelling does, before the event starts and ends
                var at = name.contains("open")
                        ? day.minusDays(31).atTime(9, 0)
                        : name.contains("close") || name.contains("deadline")
                                ? day.minusDays(2).atTime(12, 0)
                                : name.contains("end") ? day.atTime(16, 0) : day.atTime(10, 0);
                return at.format(minutes);
            case "hidden" :
                return "";
            default :
                if (Hostile.kind(field).equals("email")) {
                    return "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
                }
                if (Hostile.kind(field).equals("number") || name.contains("year")) {
                    return name.contains("year") ? String.valueOf(day.getYear()) : "2";
                }
                return name.contains("phone") ? "020 123 4567" : "Fuzztest " + name.replaceAll(".*:", "");
        }
    }

    private static HttpResponse<String> post(HttpSession session, HtmlForm form, Map<String, String> values,
            HtmlForm.Field button) throws IOException {
        values.put(button.name(), button.value());
        if (!form.multipart()) {
            var body = new StringBuilder();
            values.forEach(
                    (name, value) -> body.append(body.length() == 0 ? "" : "&").append(enc(name)).append('=')
                            .append(enc(value)));
            return session.send("POST", form.action(),
                    Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    body.toString().getBytes(StandardCharsets.UTF_8));
        }
        var boundary = "fuzz" + UUID.randomUUID().toString().replace("-", "");
        var body = new ByteArrayOutputStream();
        values.forEach((name, value) -> part(body, boundary, name, null, value));
        form.fields().stream().filter(f -> "file".equals(f.kind()))
                .forEach(f -> part(body, boundary, f.name(), "", "")); // no file chosen, as a browser sends it
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.send("POST", form.action(),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                body.toByteArray());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName,
            String value) {
        var head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null
                        ? ""
                        : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The role's session, logged in again when the portal sends it to the login page (a form may end it). */
    private static final class Holder {

        private final Supplier<HttpSession> login;
        private HttpSession session;

        Holder(Supplier<HttpSession> login) {
            this.login = login;
            this.session = login.get();
        }

        HttpSession get() {
            return session;
        }

        HttpResponse<String> get(String page) throws IOException {
            var response = session.get(page);
            if (response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
                session = login.get();
                response = session.get(page);
            }
            return response;
        }
    }
}
