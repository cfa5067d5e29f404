package nl.ingrado.portal.testing.pages;

import nl.ingrado.portal.testing.Browser;

/** The article editor (/adviser/article.xhtml) of advisers and staff. */
public final class ArticleEditorPage {

    private final Browser browser;

    private ArticleEditorPage(Browser browser) {
        this.browser = browser;
    }

    public static ArticleEditorPage open(Browser browser, long article) {
        browser.open("/adviser/article.xhtml?id=" + article);
        return new ArticleEditorPage(browser);
    }

    public ArticleEditorPage title(String title) {
        browser.type("form:title", title);
        return this;
    }

    public ArticleEditorPage body(String body) {
        browser.type("form:body", body);
        return this;
    }

    public ArticleEditorPage publicArticle() {
        var box = browser.find("form:membersOnly");
        if (box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Saves the form and publishes the draft: the browser lands on the article as readers see it. */
    public Browser saveAndPublish() {
        return browser.submit("form:publish");
    }

    public String status() {
        return browser.find("statusValue").getText();
    }
}
