package nl.ingrado.portal.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;

/**
 * Who reads what of the knowledge base and the document list, over plain HTTP (pages, files and the
 * API): members-only articles and documents stay closed to visitors and to members without premium
 * access, open to premium members and staff; drafts exist only for editors; the editors' pages refuse
 * everyone else.
 */
class KnowledgeAccessIT {

    private static final User PREMIUM = BrowserFixtures.member("Pien Premium");
    private static final User PLAIN = BrowserFixtures.professional("Nico Zonderwerk");
    private static final User STAFF = BrowserFixtures.staff("Stijn Staf");

    @Test
    void membersOnlyArticlesShowOnlyTheirTitleToVisitorsAndMembersWithoutPremium() throws IOException {
        var w = KnowledgeBaseIT.word();
        var secret = "Geheime" + w + "alinea";
        long open = Fixtures.article("avg", "Openbaar " + w + "artikel", "Voor iedereen " + w + "tekst.",
                false);
        long closed = Fixtures.article("avg", "Besloten " + w + "artikel", secret + " over " + w + "tekst.",
                true);
        long draft = Fixtures.draftArticle("avg", "Concept " + w, "Concepttekst " + secret, false);

        for (var session : new HttpSession[]{HttpSession.anonymous(), HttpSession.loggedIn(PLAIN)}) {
            var page = session.get("/knowledge/article.xhtml?id=" + closed);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Besloten " + w + "artikel"), "the title shows");
            assertTrue(page.body().contains("alleen voor leden met een premium-account"), page.body());
            assertFalse(page.body().contains(secret), "the text does not");
            assertEquals(200, session.get("/knowledge/article.xhtml?id=" + open).statusCode());
            assertEquals(404, session.get("/knowledge/article.xhtml?id=" + draft).statusCode());
            var search = until(session, "/knowledge/index.xhtml?q=" + w + "tekst",
                    body -> body.contains("hit-" + open));
            assertFalse(search.contains("hit-" + closed), "search leaves members-only articles out");
        }
        for (var user : new User[]{PREMIUM, STAFF}) {
            var session = HttpSession.loggedIn(user);
            assertTrue(session.get("/knowledge/article.xhtml?id=" + closed).body().contains(secret),
                    user.name());
            until(session, "/knowledge/index.xhtml?q=" + w + "tekst", body -> body.contains("hit-" + closed));
        }
        assertEquals(404,
                HttpSession.loggedIn(PREMIUM).get("/knowledge/article.xhtml?id=" + draft).statusCode());
        assertTrue(HttpSession.loggedIn(STAFF).get("/knowledge/article.xhtml?id=" + draft).body()
                .contains(secret));
        var anonymous = HttpSession.anonymous();
        assertEquals(404, anonymous.get("/knowledge/article.xhtml?id=999999999999").statusCode());
        assertEquals(404, anonymous.get("/knowledge/article.xhtml?id=abc").statusCode());
        assertEquals(404, anonymous.get("/knowledge/article.xhtml").statusCode());
    }

    @Test
    void theApiGivesMembersOnlyArticlesToPremiumMembersAndStaffOnly() throws IOException {
        var w = KnowledgeBaseIT.word();
        long open = Fixtures.article("leerplicht", "Api " + w + "open", "Tekst " + w + "regel.", false);
        long closed = Fixtures.article("leerplicht", "Api " + w + "dicht", "Geheim " + w + "regel.", true);
        long draft = Fixtures.draftArticle("leerplicht", "Api concept " + w, "x", false);

        for (var session : new HttpSession[]{HttpSession.anonymous(), HttpSession.loggedIn(PLAIN)}) {
            var found = untilJson(session, "/api/knowledge?q=" + w + "regels",
                    body -> body.contains("\"id\":" + open));
            assertFalse(found.contains("\"id\":" + closed), found);
            assertFalse(session.get("/api/knowledge").body().contains("\"id\":" + closed));
            assertEquals(403, session.get("/api/knowledge/" + closed).statusCode());
            assertEquals(200, session.get("/api/knowledge/" + open).statusCode());
            assertEquals(404, session.get("/api/knowledge/" + draft).statusCode());
        }
        for (var user : new User[]{PREMIUM, STAFF}) {
            var session = HttpSession.loggedIn(user);
            untilJson(session, "/api/knowledge?q=" + w + "regels", body -> body.contains("\"id\":" + closed));
            var article = session.get("/api/knowledge/" + closed);
            assertEquals(200, article.statusCode());
            assertTrue(article.body().contains("Geheim"), article.body());
            assertEquals(404, session.get("/api/knowledge/" + draft).statusCode(),
                    "drafts are not in the API");
        }
        assertEquals(404, HttpSession.anonymous().get("/api/knowledge/999999999").statusCode());
        assertEquals(400, HttpSession.anonymous().get("/api/knowledge?q=x&theme=onbekend").statusCode());
        assertEquals(400, HttpSession.anonymous().get("/api/documents?theme=onbekend").statusCode());
        var openApi = HttpSession.anonymous().get("/openapi").body();
        assertTrue(openApi.contains("/api/knowledge/{id}") && openApi.contains("/api/documents"),
                "in the OpenAPI document");
    }

    @Test
    void membersOnlyDocumentsStayClosedToOthersAlsoThroughTheApi() throws IOException {
        var w = KnowledgeBaseIT.word();
        long open = Fixtures.document("leerplicht", "Openbaar document " + w, false, "eerste " + w,
                "tweede " + w);
        long closed = Fixtures.document("leerplicht", "Leden document " + w, true, "geheim " + w);

        var anonymous = HttpSession.anonymous();
        var list = anonymous.get("/documents/index.xhtml?theme=leerplicht");
        assertEquals(200, list.statusCode(), "the document list is public");
        assertTrue(list.body().contains("Openbaar document " + w)
                && list.body().contains("Leden document " + w));
        assertTrue(list.body().contains("/knowledge/files/" + open + "\""));
        assertFalse(list.body().contains("/knowledge/files/" + closed + "\""),
                "no link to a closed document");

        var file = anonymous.download("/knowledge/files/" + open);
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(new String(file.body(), StandardCharsets.ISO_8859_1).contains("tweede " + w),
                "newest first");
        assertTrue(new String(anonymous.download("/knowledge/files/" + open + "/1").body(),
                StandardCharsets.ISO_8859_1).contains("eerste " + w), "older versions stay");
        assertEquals(404, anonymous.download("/knowledge/files/" + open + "/3").statusCode());
        assertEquals(404, anonymous.download("/knowledge/files/x" + open).statusCode());

        for (var session : new HttpSession[]{anonymous, HttpSession.loggedIn(PLAIN)}) {
            assertEquals(403, session.download("/knowledge/files/" + closed).statusCode());
            assertEquals(403, session.download("/knowledge/files/" + closed + "/1").statusCode());
            var api = session.get("/api/documents?theme=leerplicht").body();
            assertTrue(api.contains("\"id\":" + open) && !api.contains("\"id\":" + closed), api);
        }
        for (var user : new User[]{PREMIUM, STAFF}) {
            var session = HttpSession.loggedIn(user);
            assertEquals(200, session.download("/knowledge/files/" + closed).statusCode(), user.name());
            assertTrue(session.get("/api/documents").body().contains("\"id\":" + closed));
        }
    }

    @Test
    void theEditorsPagesAreForAdvisersAndStaff() throws IOException {
        long draft = Fixtures.draftArticle("avg", "Redactie " + KnowledgeBaseIT.word(), "x", false);
        long document = Fixtures.document("avg", "Redactie " + KnowledgeBaseIT.word(), true, "een");
        for (var path : new String[]{"/adviser/articles.xhtml", "/adviser/article.xhtml",
                "/adviser/article.xhtml?id=" + draft, "/adviser/documents.xhtml",
                "/adviser/documents.xhtml?id=" + document}) {
            // before the role ADVISER guards /adviser/* in web.xml the pages refuse (403); after, the
            // container sends a visitor to the login page (302)
            var visitor = HttpSession.anonymous().get(path);
            assertTrue(visitor.statusCode() == 403 || visitor.statusCode() == 302,
                    path + ": " + visitor.statusCode());
            assertEquals(403, HttpSession.loggedIn(PREMIUM).get(path).statusCode(), path);
            assertEquals(200, HttpSession.loggedIn(STAFF).get(path).statusCode(), path);
        }
        assertEquals(404,
                HttpSession.loggedIn(STAFF).get("/adviser/article.xhtml?id=999999999").statusCode());
    }

    @Test
    void anOutdatedArticlesAddressLeadsToItsReplacement() throws IOException {
        var w = KnowledgeBaseIT.word();
        long replacement = Fixtures.article("verzuim-verlof", "Nieuwe " + w + "regeling", "Nu zo.", false);
        long old = Fixtures.article("verzuim-verlof", "Oude " + w + "regeling", "Vroeger zo.", false);
        nl.ingrado.portal.testing.Db.update("UPDATE knowledge_article SET replaced_by_id = ?, "
                + "outdated_at = UTC_TIMESTAMP(6) WHERE id = ?", replacement, old);
        var session = HttpSession.anonymous();
        var answer = session.get("/knowledge/article.xhtml?id=" + old);
        assertEquals(302, answer.statusCode());
        var location = answer.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/knowledge/article.xhtml?id=" + replacement + "&from=" + old),
                location);
        var page = session.get("/knowledge/article.xhtml?id=" + replacement + "&from=" + old).body();
        assertTrue(page.contains("Oude " + w + "regeling") && page.contains("Dit artikel vervangt het"),
                page);
        assertEquals(200, HttpSession.anonymous().get("/api/knowledge/" + old).statusCode());
        assertTrue(HttpSession.anonymous().get("/api/knowledge/" + old).body()
                .contains("\"replacedBy\":" + replacement));
        assertNotEquals(404, session.get("/knowledge/article.xhtml?id=" + replacement).statusCode());
    }

    /** The page's body once {@code ok} holds: another node's change reaches this portal's index within seconds. */
    private static String until(HttpSession session, String path, Predicate<String> ok) throws IOException {
        long until = System.currentTimeMillis() + 15_000;
        HttpResponse<String> answer = session.get(path);
        while (!ok.test(answer.body()) && System.currentTimeMillis() < until) {
            pause();
            answer = session.get(path);
        }
        assertEquals(200, answer.statusCode(), path);
        assertTrue(ok.test(answer.body()), path + ": " + answer.body());
        return answer.body();
    }

    private static String untilJson(HttpSession session, String path, Predicate<String> ok)
            throws IOException {
        return until(session, path, ok);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
