package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;

/**
 * Every form a role reaches from the navigation, and every write of the JSON API in its OpenAPI
 * document, sent the hostile classes of input ({@link Hostile}) field by field: no answer is a server
 * error or a stack trace, a refusal leaves the database unchanged, and what must be refused is. The
 * forms and calls are found, not listed: a new page or endpoint is fuzzed without a change here. All
 * failures are collected and reported together, grouped, with the coverage.
 */
class FuzzIT {

    /** Anonymous first (the public forms), then one user per role, with rows so their pages show forms. */
    private static final Map<String, Supplier<HttpSession>> ROLES = new LinkedHashMap<>();

    static {
        var member = BrowserFixtures.member("Fenna Fuzz");
        BrowserFixtures.registrant(member);
        var event = Fixtures.event().title("Fuzzdag " + BrowserFixtures.tag())
                .workshop("Ronde 1", "Fuzzatelier", 20)
                .create();
        BrowserFixtures.registration(event.id()).of(member)
                .choice(event.round("Ronde 1"), event.workshop("Fuzzatelier")).create();
        var rayon = BrowserFixtures.rayonContact("Ruben Fuzz", "midden");
        BrowserFixtures.applicant(rayon);
        ROLES.put("anonymous", HttpSession::anonymous);
        ROLES.put("member", login(member));
        ROLES.put("rayon", login(rayon));
        ROLES.put("provider", login(BrowserFixtures.provider("Pim Fuzz")));
        ROLES.put("auditor", login(BrowserFixtures.auditor("Anna Fuzz")));
        ROLES.put("staff", login(BrowserFixtures.staff("Sam Fuzz")));
        ROLES.put("admin", login(BrowserFixtures.admin("Ada Fuzz")));
        // an adviser with a question of the member to claim, note and answer
        var adviser = BrowserFixtures.adviser("Aart Fuzz");
        Fixtures.question(member.accountId(), "Fuzzvraag " + BrowserFixtures.tag(), "Een vraag om te fuzzen.",
                "NEW", null);
        ROLES.put("adviser", login(adviser));
    }

    @Test
    void noHostileInputBreaksAFormOrAnApiCall() throws Exception {
        long started = System.currentTimeMillis();
        var findings = new Findings();
        var fingerprint = new DbFingerprint();
        var verdict = new Verdict(findings);
        long lastFailure = Db.number("SELECT COALESCE(MAX(id), 0) FROM login_failure");
        KEPT.forEach(FuzzIT::keep);
        long lastEdition = Db.number("SELECT COALESCE(MAX(id), 0) FROM nl_edition");
        try {
            var forms = new FormFuzzer(findings, fingerprint, verdict);
            for (var role : ROLES.entrySet()) {
                forms.crawl(role.getKey(), role.getValue());
                forgetFailedLogins(lastFailure);
            }
            var openApi = HttpSession.anonymous().send("GET", "/openapi",
                    Map.of("Accept", "application/json"), null);
            assertEquals(200, openApi.statusCode(), "the OpenAPI document");
            var sessions = new LinkedHashMap<String, HttpSession>();
            ROLES.forEach((role, login) -> sessions.put(role, login.get()));
            new ApiFuzzer(findings, fingerprint, verdict)
                    .fuzz(Json.createReader(new StringReader(openApi.body())).readObject(), sessions);
        } finally {
            forgetFailedLogins(lastFailure);
            KEPT.forEach(FuzzIT::restore);
            forgetDraftEditions(lastEdition);
            System.out.println(findings.coverage(System.currentTimeMillis() - started));
            System.out.printf("  database checksums of %d tables: %.1f s; %s%n", fingerprint.size(),
                    fingerprint.seconds(), fingerprint.settling());
            System.out.println(findings.targets());
            System.out.println(findings.report());
        }
        assertFalse(findings.failed(), findings.failureCount() + " failures:" + findings.report());
    }

    private static Supplier<HttpSession> login(User user) {
        return () -> HttpSession.loggedIn(user);
    }

    /**
     * Settings every test shares, which an accepted case may change (the KRSD scheme's norm, caps and
     * period): kept before and put back after, so the tests after this one find them as they were.
     */
    private static final java.util.List<String> KEPT = java.util.List.of("register_scheme",
            "register_category");

    private static void keep(String table) {
        Db.update("DROP TABLE IF EXISTS fuzz_kept_" + table);
        Db.update("CREATE TABLE fuzz_kept_" + table + " AS SELECT * FROM " + table);
    }

    private static void restore(String table) {
        var columns = Db
                .rows("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                        + " AND table_name = ? ORDER BY ordinal_position", table)
                .stream().map(r -> "`" + r.get(0) + "`")
                .toList();
        var updates = columns.stream().map(c -> c + " = VALUES(" + c + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        Db.update("INSERT INTO " + table + " SELECT * FROM fuzz_kept_" + table + " ON DUPLICATE KEY UPDATE "
                + updates);
        Db.update("DROP TABLE fuzz_kept_" + table);
    }

    /** Drafts the accepted cases made would push other tests' editions off the list's first page. */
    private static void forgetDraftEditions(long lastBefore) {
        Db.update("DELETE i FROM nl_edition_item i JOIN nl_edition e ON e.id = i.edition_id"
                + " WHERE e.id > ? AND e.status = 'DRAFT'", lastBefore);
        Db.update("DELETE FROM nl_edition WHERE id > ? AND status = 'DRAFT'", lastBefore);
    }

    /** The fuzzed login form failed logins on purpose: they must not throttle the tests after this one. */
    private static void forgetFailedLogins(long lastBefore) {
        Db.update("DELETE FROM login_failure WHERE id > ?", lastBefore);
    }
}
