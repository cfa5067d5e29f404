package nl.ingrado.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.pages.EventPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Forms in the GOV.UK manner, on the largest forms: submitted empty, the page opens on a box that
 * names every refused field and links to it (the link puts the cursor in the field), each field says
 * it is invalid and which message describes it, required fields are marked in their label with a word
 * for screen readers, and the address keeps the page's parameters.
 */
class ErrorSummaryIT extends BrowserTest {

    @Test
    void aKrsdSubmissionSubmittedEmptyListsEveryFieldAtTheTop() {
        var member = BrowserFixtures.member("Sanne Samenvatting");
        BrowserFixtures.registrant(member);
        browser.logInAs(member).open("/member/krsd/submit.xhtml?lang=nl");
        assertRequiredMarked("form:title", "form:provider", "form:date", "form:hours", "form:category");
        assertFalse(requiredMark("form:description"), "the description is optional");
        browser.submit("form:submit");

        var fields = assertSummary("Controleer wat je invulde");
        assertEquals(List.of("form:title", "form:provider", "form:date", "form:hours", "form:category"),
                fields);
        assertTrue(summaryText().contains("Titel: Vul dit veld in."), summaryText());
        // a field typed right is no longer marked on the next refusal
        browser.type("form:title", "Intervisie").submit("form:submit");
        assertFalse(assertSummary("Controleer wat je invulde").contains("form:title"));
        assertNotEquals("true", browser.find("form:title").getAttribute("aria-invalid"));
        assertEquals("Intervisie", browser.find("form:title").getAttribute("value"), "what was typed stays");

        browser.open("/member/krsd/submit.xhtml?lang=en");
        assertRequiredMarked("form:title");
        browser.submit("form:submit");
        assertEquals(5, assertSummary("There is a problem").size());
        browser.open("/member/krsd/index.xhtml?lang=nl");
    }

    @Test
    void theEventFormSubmittedEmptyListsEveryFieldAtTheTop() {
        browser.logInAs(BrowserFixtures.staff("Sietse Samenvatting")).open("/organise/event.xhtml?lang=nl");
        assertRequiredMarked("form:title");
        browser.submit("form:submit");
        var fields = assertSummary("Controleer wat je invulde");
        assertTrue(fields.size() >= 3, "kind, title, audience at least: " + fields);
        assertTrue(fields.contains("form:title"), fields.toString());
    }

    @Test
    void signUpSubmittedEmptyListsEveryFieldAtTheTop() {
        browser.open("/register.xhtml?lang=nl");
        assertRequiredMarked("form:displayName", "form:email");
        browser.submit("form:submit");
        var fields = assertSummary("Controleer wat je invulde");
        assertTrue(fields.containsAll(List.of("form:displayName", "form:email")), fields.toString());
    }

    @Test
    void registeringWithoutAWorkshopKeepsTheAddressAndSaysSoBesideTheChoice() {
        long event = Fixtures.event().title("Rayondag " + BrowserFixtures.tag()).kind("RAYONDAG")
                .rayon("midden")
                .workshop("Ronde 1 (11:00)", "Gesprekstechnieken", 20).create().id();
        browser.logInAs(BrowserFixtures.member("Wim Zonderworkshop"));
        EventPage.open(browser, event).register();

        var url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("id=" + event), "the address keeps its parameters: " + url);
        var fields = assertSummary("Controleer wat je invulde");
        assertEquals(1, fields.size(), fields.toString());
        var choice = browser.find(fields.get(0));
        assertEquals("select", choice.getTagName());
        var field = choice.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"));
        assertTrue(field.getText().contains("Kies een workshop in Ronde 1 (11:00)."), "beside the choice: "
                + field.getText());
        assertEquals(2, occurrences(browser.text(), "Kies een workshop in Ronde 1 (11:00)."),
                "in the summary and beside the choice, not also at the top of the page");

        // opening the address again shows the event, not a 404
        browser.driver().get(url);
        assertTrue(browser.heading().startsWith("Rayondag"), browser.heading());
    }

    /**
     * The error summary: there, focused, an alert with {@code heading}; every link goes to a field that
     * says it is invalid and is described by the message beside it, and clicking it focuses the field.
     * Returns the fields' ids in the summary's order.
     */
    private List<String> assertSummary(String heading) {
        var summary = browser.find("errorSummary");
        assertEquals("alert", summary.getAttribute("role"));
        assertEquals(heading, summary.findElement(By.tagName("h2")).getText());
        assertEquals("errorSummary", activeId(), "the summary has the focus on load");
        var fields = new ArrayList<String>();
        for (var link : summary.findElements(By.tagName("a"))) {
            var id = link.getAttribute("data-field");
            assertEquals("#" + id, link.getAttribute("href").replaceFirst("^[^#]*", ""));
            fields.add(id);
        }
        assertFalse(fields.isEmpty(), "the summary names the fields");
        for (var id : fields) {
            var field = browser.find(id);
            assertEquals("true", field.getAttribute("aria-invalid"), id + " says it is invalid");
            var describedBy = field.getAttribute("aria-describedby");
            assertTrue(describedBy != null && !describedBy.isBlank(), id + " has no aria-describedby");
            var message = browser.find(describedBy.substring(describedBy.lastIndexOf(' ') + 1));
            assertFalse(message.getText().isBlank(), id + " is described by an empty message");
            assertTrue(summaryText().contains(message.getText()), "the summary repeats " + message.getText());
            summary.findElement(By.cssSelector("a[data-field='" + id + "']")).click();
            assertEquals(id, activeId(), "the link puts the cursor in " + id);
        }
        return fields;
    }

    private String summaryText() {
        return browser.find("errorSummary").getText();
    }

    private void assertRequiredMarked(String... ids) {
        for (var id : ids) {
            assertTrue(requiredMark(id), id + " is not marked required");
        }
    }

    /** Whether the label of field {@code id} shows a mark that screen readers read as "(verplicht)"/"(required)". */
    private boolean requiredMark(String id) {
        WebElement label = browser.find(By.cssSelector("label[for='" + id + "']"));
        var marks = label.findElements(By.cssSelector(".ui-outputlabel-rfi"));
        if (marks.isEmpty()) {
            return false;
        }
        var spoken = marks.get(0).findElement(By.cssSelector(".sr-only")).getAttribute("textContent").strip();
        assertTrue(spoken.equals("(verplicht)") || spoken.equals("(required)"), spoken);
        assertTrue(marks.get(0).isDisplayed(), "the mark is visible");
        return true;
    }

    private String activeId() {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.activeElement.id");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
