package nl.ingrado.portal.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;

/**
 * Who may see what of the question desk, through the pages and the API: a member sees only their own
 * questions and never an adviser's internal note; a member without premium access cannot ask; only
 * advisers open /adviser/* and the queue of the API.
 */
class QuestionAccessIT {

    private static final List<String> ADVISER_PAGES = List.of("/adviser/index.xhtml", "/adviser/phone.xhtml",
            "/adviser/question.xhtml?id=1");
    private static final String NOTE = "Interne notitie " + BrowserFixtures.tag();
    private static final User OWNER = BrowserFixtures.member("Olga Eigenaar");
    private static final User OTHER = BrowserFixtures.member("Otto Ander");
    private static final User ADVISER = BrowserFixtures.adviser("Ada Adviseur");
    private static final long QUESTION = Fixtures.question(OWNER.accountId(),
            "Vraag van Olga " + BrowserFixtures.tag(),
            "Wat is de termijn voor een vrijstelling?", "IN_PROGRESS", ADVISER.accountId());

    static {
        Fixtures.questionMessage(QUESTION, "NOTE", ADVISER.accountId(), NOTE);
        Fixtures.questionMessage(QUESTION, "ANSWER", ADVISER.accountId(), "Het **antwoord**.");
        Db.update("UPDATE question SET status = 'ANSWERED', answered_at = UTC_TIMESTAMP(6) WHERE id = ?",
                QUESTION);
    }

    @Test
    void aMemberSeesOnlyTheirOwnQuestionAndNeverANote() throws Exception {
        var owner = HttpSession.loggedIn(OWNER);
        var page = owner.get("/member/question.xhtml?id=" + QUESTION);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<strong>antwoord</strong>"), page.body());
        assertFalse(page.body().contains(NOTE));
        var api = owner.get("/api/questions/" + QUESTION);
        assertEquals(200, api.statusCode());
        assertFalse(api.body().contains(NOTE), api.body());
        var mine = owner.get("/api/questions/mine");
        assertTrue(mine.body().contains("\"id\":" + QUESTION), mine.body());
        assertFalse(mine.body().contains(NOTE));

        var other = HttpSession.loggedIn(OTHER);
        assertEquals(404, other.get("/member/question.xhtml?id=" + QUESTION).statusCode());
        assertEquals(404, other.get("/member/question.xhtml?id=999999999").statusCode());
        assertEquals(404, other.get("/member/question.xhtml?id=abc").statusCode());
        assertEquals(404, other.get("/api/questions/" + QUESTION).statusCode());
        assertFalse(other.get("/api/questions/mine").body().contains("\"id\":" + QUESTION));
        assertFalse(other.get("/member/questions.xhtml").body().contains("Vraag van Olga"));
        // nor can they act on it: a follow-up posted from their own question's page, with the address of Olga's
        long own = Fixtures.question(OTHER.accountId(), "Vraag van Otto", "Een eigen vraag.", "NEW", null);
        var viewState = HttpSession.viewState(other.get("/member/question.xhtml?id=" + own).body());
        var followUp = other.post("/member/question.xhtml?id=" + QUESTION, "form=form&form%3Atext=Hallo"
                + "&form%3AfollowUp=&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState,
                        java.nio.charset.StandardCharsets.UTF_8));
        // the view keeps the question it was opened for (o:viewParam does not take a new id on a postback)
        assertTrue(followUp.statusCode() < 500, "" + followUp.statusCode());
        assertEquals(0,
                Db.number(
                        "SELECT COUNT(*) FROM question_message WHERE question_id = ? AND kind = 'FOLLOW_UP'",
                        QUESTION));
    }

    @Test
    void theAdviserSeesTheNote() throws Exception {
        var adviser = HttpSession.loggedIn(ADVISER);
        var page = adviser.get("/adviser/question.xhtml?id=" + QUESTION);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(NOTE));
        assertTrue(adviser.get("/api/questions/" + QUESTION).body().contains(NOTE));
        var queue = adviser.get("/api/questions?status=ANSWERED");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("\"id\":" + QUESTION), queue.body());
        var bad = adviser.get("/api/questions?status=OPEN");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"field\":\"status\""), bad.body());
        assertEquals(404, adviser.get("/adviser/question.xhtml?id=999999999").statusCode());
    }

    @Test
    void aMemberWithoutPremiumCannotAsk() throws Exception {
        var professional = BrowserFixtures.professional("Nina Nietlid");
        var session = HttpSession.loggedIn(professional);
        var page = session.get("/member/ask.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"notPremium\""));
        assertFalse(page.body().contains("form:ask"));
        var api = session.json("POST", "/api/questions",
                "{\"theme\":\"avg\",\"title\":\"Mag dit?\",\"question\":\"Een vraag.\"}");
        assertEquals(403, api.statusCode());
        assertEquals(0, Db.number("SELECT COUNT(*) FROM question WHERE asker_account_id = ?",
                professional.accountId()));
    }

    @Test
    void aPremiumMemberAsksThroughTheApiAndPersonalDataIsRefused() throws Exception {
        var session = HttpSession.loggedIn(OTHER);
        var refused = session.json("POST", "/api/questions",
                "{\"theme\":\"avg\",\"title\":\"Mag dit?\",\"question\":\"BSN 111222333\"}");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("\"field\":\"question\""), refused.body());
        var asked = session.json("POST", "/api/questions",
                "{\"theme\":\"avg\",\"title\":\"Mag dit?\",\"question\":\"Mogen we delen met de school?\"}");
        assertEquals(201, asked.statusCode(), asked.body());
        assertTrue(asked.body().contains("\"status\":\"NEW\""), asked.body());
    }

    @Test
    void onlyAdvisersOpenTheAdvisersPages() throws Exception {
        var anonymous = HttpSession.anonymous();
        for (var page : ADVISER_PAGES) {
            assertEquals(302, anonymous.get(page).statusCode(), page);
        }
        assertEquals(401, anonymous.get("/api/questions").statusCode());
        var openApi = anonymous.get("/openapi").body();
        assertTrue(openApi.contains("/api/questions/mine") || openApi.contains("/questions/mine"), openApi);
        for (var user : List.of(OWNER, BrowserFixtures.staff("Stan Staf"))) {
            var session = HttpSession.loggedIn(user);
            for (var page : ADVISER_PAGES) {
                assertEquals(403, session.get(page).statusCode(), page);
            }
            assertEquals(403, session.get("/api/questions?status=NEW").statusCode());
        }
        var adviser = HttpSession.loggedIn(ADVISER);
        assertEquals(200, adviser.get("/adviser/index.xhtml").statusCode());
        assertEquals(200, adviser.get("/adviser/phone.xhtml").statusCode());
        // an adviser is no member: the member's pages stay closed
        assertEquals(403, adviser.get("/member/ask.xhtml").statusCode());
    }
}
