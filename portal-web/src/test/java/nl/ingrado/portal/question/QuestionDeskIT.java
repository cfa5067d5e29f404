package nl.ingrado.portal.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The question desk in Chromium: a member asks (personal data refused with the text kept), an adviser
 * claims and answers with a preview, the member reads the answer on the page and in the mail and follows
 * up, and the adviser finds the question back in progress. And every page of the desk axe-clean in both
 * languages.
 */
class QuestionDeskIT extends BrowserTest {

    @Test
    void askAnswerReadAndFollowUp() {
        var member = BrowserFixtures.member("Maaike Vrager");
        var adviser = BrowserFixtures.adviser("Arie Adviseur");
        var title = "Vrijstelling bij verhuizing " + BrowserFixtures.tag();

        browser.open("/login.xhtml").logInAs(member);
        browser.open("/member/ask.xhtml");
        browser.assertShows("Geen persoonsgegevens van jongeren");
        var typed = "Een leerling met BSN 111222333 verhuist naar Duitsland. Welke vrijstelling past?";
        browser.choose("form:theme", "Vrijstellingen").type("form:title", title).type("form:question", typed);
        // while typing, the knowledge base is asked (ajax): the demo's articles on exemptions are suggested
        var suggestions = browser.waitUntil(d -> {
            var items = d.findElements(By.cssSelector("#suggestionList li a"));
            return items.isEmpty() ? null : items;
        });
        assertTrue(suggestions.stream().anyMatch(a -> a.getText().contains("rijstelling")),
                () -> suggestions.stream().map(a -> a.getText()).toList().toString());
        browser.submit("form:ask");
        browser.assertShows("burgerservicenummer");
        assertEquals(typed, browser.find("form:question").getAttribute("value"));
        browser.type("form:question", "Een leerling van 14 verhuist naar Duitsland. Welke vrijstelling past?")
                .submit("form:ask");
        assertEquals("/member/question.xhtml", browser.path());
        browser.assertShows("Je vraag is verstuurd");
        browser.assertShows("Nieuw");
        var address = browser.driver().getCurrentUrl();
        var id = address.substring(address.indexOf("id=") + 3);

        browser.open("/login.xhtml").logInAs(adviser);
        browser.open("/adviser/index.xhtml?status=NEW");
        browser.row("queueTable", title);
        browser.open("/adviser/question.xhtml?id=" + id).submit("handling:claim");
        assertEquals("In behandeling", browser.find("status").getText());
        assertEquals("Arie Adviseur", browser.find("adviserName").getText());
        browser.type("form:text", "Dit valt onder **artikel 5 onder c** van de Leerplichtwet.");
        browser.find("form:previewButton").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#previewHtml strong")).isEmpty());
        browser.submit("form:sendAnswer");
        browser.assertShows("Het antwoord is verstuurd");
        assertEquals("Beantwoord", browser.find("status").getText());

        // a draft article from the answer opens in the article editor: an anonymised copy, not yet published
        browser.submit("articleForm:makeArticle");
        assertEquals("/adviser/article.xhtml", browser.path(), browser.text());
        assertTrue(browser.find(By.tagName("textarea")).getAttribute("value").contains("artikel 5 onder c"));

        var mail = Browser.mailTo(member.email(), "Je vraag is beantwoord");
        assertTrue(mail.contains("/member/question.xhtml?id=" + id), mail);

        browser.open("/login.xhtml").logInAs(member);
        browser.open("/member/question.xhtml?id=" + id);
        assertEquals("artikel 5 onder c", browser.find(By.cssSelector(".answer strong")).getText());
        browser.submit("rating:messages:0:useful");
        browser.assertShows("Je vond dit antwoord nuttig.");
        browser.type("form:text", "En als het gezin na een half jaar terugkomt?").submit("form:followUp");
        assertEquals("In behandeling", browser.find("status").getText());

        browser.open("/login.xhtml").logInAs(adviser);
        browser.open("/adviser/question.xhtml?id=" + id);
        assertEquals("In behandeling", browser.find("status").getText());
        assertEquals("Arie Adviseur", browser.find("adviserName").getText());
        browser.assertShows("En als het gezin na een half jaar terugkomt?");
        assertTrue(Browser.mailTo(adviser.email(), "Vervolgvraag").contains(title));
    }

    @Test
    void theDesksPagesAreAccessibleInBothLanguages() {
        var member = BrowserFixtures.member("Tessa Toegankelijk");
        var adviser = BrowserFixtures.adviser("Toon Toegankelijk");
        long question = Fixtures.question(member.accountId(), "Toegankelijke vraag " + BrowserFixtures.tag(),
                "Een vraag over verlof.", "IN_PROGRESS", adviser.accountId());
        Fixtures.questionMessage(question, "ANSWER", adviser.accountId(),
                "Een **antwoord** met een lijst:\n\n- een\n- twee");
        browser.open("/login.xhtml").logInAs(member);
        for (var path : new String[]{"/member/ask.xhtml", "/member/questions.xhtml",
                "/member/question.xhtml?id=" + question}) {
            browser.assertAccessibleInBothLanguages(path);
        }
        browser.open("/login.xhtml").logInAs(adviser);
        for (var path : new String[]{"/adviser/index.xhtml", "/adviser/question.xhtml?id=" + question,
                "/adviser/phone.xhtml"}) {
            browser.assertAccessibleInBothLanguages(path);
        }
        browser.open("/login.xhtml").logInAs(BrowserFixtures.staff("Sanne Cijfers"));
        browser.assertAccessibleInBothLanguages("/staff/questions.xhtml");
        browser.row("perTheme", "Leerplicht algemeen");
        browser.assertShows("Zoekvragen zonder resultaat");
        browser.assertShows("Gelezen kennisbankartikelen per thema");
    }
}
