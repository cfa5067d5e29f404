package nl.ingrado.portal.testing.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ingrado.portal.testing.Browser;
import org.openqa.selenium.By;

/** The knowledge base's search page (/knowledge/index.xhtml): a search, its hits and their marked words. */
public final class KnowledgePage {

    private final Browser browser;

    private KnowledgePage(Browser browser) {
        this.browser = browser;
    }

    public static KnowledgePage open(Browser browser) {
        browser.open("/knowledge/index.xhtml");
        return new KnowledgePage(browser);
    }

    /** Types {@code words} and searches, as a visitor does. */
    public KnowledgePage search(String words) {
        browser.type("q", words).submit("searchButton");
        return this;
    }

    /** Opens the search's address straight away (the index of another node catches up within seconds). */
    public KnowledgePage searchUntilFound(String words, long articleId) {
        long until = System.currentTimeMillis() + 15_000;
        search(words);
        while (browser.findAll(By.id("hit-" + articleId)).isEmpty() && System.currentTimeMillis() < until) {
            browser.open("/knowledge/index.xhtml?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        }
        return this;
    }

    /** The words marked in the hit of {@code articleId}, title and snippet. */
    public List<String> marked(long articleId) {
        return browser.findAll(By.cssSelector("#hit-" + articleId + " mark")).stream().map(e -> e.getText())
                .toList();
    }

    public Browser open(long articleId) {
        return browser.clickAndWait(browser.find(By.cssSelector("#hit-" + articleId + " h3 a")));
    }
}
