package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.ingrado.portal.register.ExpectedStandings.Standing;
import nl.ingrado.portal.testing.Browser;
import org.openqa.selenium.By;

/** The auditor's overview of the register (/auditor/registrants.xhtml) as its tests read it. */
final class RegistrantOverviewPage {

    private RegistrantOverviewPage() {
    }

    static void check(Browser browser, String query, Set<String> expected) {
        browser.open("/auditor/registrants.xhtml?" + query);
        assertEquals(expected, shownRows(browser).keySet(), query);
    }

    /** Registration number → standing of the rows shown, over all pages. */
    static Map<String, Standing> shownRows(Browser browser) {
        var rows = new HashMap<String, Standing>();
        while (true) {
            for (var tr : browser.driver().findElements(By.cssSelector("#registrants tbody tr"))) {
                var number = tr.findElement(By.tagName("td")).getText();
                assertFalse(rows.containsKey(number), "shown twice: " + number);
                rows.put(number, Standing.valueOf(tr.getAttribute("data-standing")));
            }
            var next = browser.driver().findElements(By.id("next"));
            if (next.isEmpty()) {
                return rows;
            }
            browser.clickAndWait(next.get(0));
        }
    }
}
