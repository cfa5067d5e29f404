package nl.ingrado.portal.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.Viewport;
import nl.ingrado.portal.testing.pages.ArticleEditorPage;
import nl.ingrado.portal.testing.pages.KnowledgePage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The knowledge base in Chromium: an editor publishes a draft (as the question desk makes one from an
 * answered question), a visitor finds it by another word form, sees the words marked and reads it; the
 * new pages pass axe in Dutch and English and fit a phone.
 */
class KnowledgeBrowserIT extends BrowserTest {

    // staff edit the knowledge base; the role ADVISER (added by the question desk) does too
    private static final User EDITOR = BrowserFixtures.staff("Eva Redacteur");

    @Test
    void anEditorPublishesADraftAndAVisitorFindsItByAnotherWordForm() {
        var w = KnowledgeBaseIT.word();
        long draft = Fixtures.draftArticle("in-uitschrijvingen", "Concept", "## Vraag\n\nMag [naam] weg?",
                true);

        browser.logInAs(EDITOR);
        var editor = ArticleEditorPage.open(browser, draft);
        assertEquals("Concept", editor.status());
        browser.assertAccessible();
        editor.title("Een leerling " + w + "uitschrijven na vertrek")
                .body("De school meldt de **" + w + "uitschrijving** binnen zeven dagen.").publicArticle()
                .saveAndPublish();
        assertTrue(browser.path().endsWith("/knowledge/article.xhtml"), browser.path());
        assertEquals("PUBLISHED", Db.text("SELECT status FROM knowledge_article WHERE id = ?", draft));
        browser.logOut();

        var search = KnowledgePage.open(browser).searchUntilFound(w + "uitschrijvingen", draft);
        var marked = search.marked(draft);
        assertTrue(marked.contains(w + "uitschrijven") && marked.contains(w + "uitschrijving"),
                marked.toString());
        browser.assertAccessible();
        search.open(draft);
        assertTrue(browser.heading().contains(w + "uitschrijven"), browser.heading());
        assertTrue(browser.find("body").getText().contains("binnen zeven dagen"));
        assertEquals("nl", browser.find("body").getAttribute("lang"));
        assertEquals(1, Db
                .number("SELECT COALESCE(SUM(readings), 0) FROM knowledge_read WHERE article_id = ?", draft));
    }

    @Test
    void anEditorUploadsADocumentAndANewVersionAndARenamedProgramIsRefused() throws Exception {
        var w = KnowledgeBaseIT.word();
        var dir = java.nio.file.Files.createTempDirectory("kb-upload");
        var exe = java.nio.file.Files.write(dir.resolve("beleid.pdf"),
                new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        var first = java.nio.file.Files.write(dir.resolve("model-" + w + ".pdf"),
                Fixtures.pdf("eerste " + w));
        var second = java.nio.file.Files.write(dir.resolve("model-" + w + "-v2.pdf"),
                Fixtures.pdf("tweede " + w));

        browser.logInAs(EDITOR).open("/adviser/documents.xhtml");
        browser.choose("form:theme", "AVG en gegevensdeling").type("form:title", "Model " + w)
                .type("form:description", "Een model.");
        browser.find("form:file").sendKeys(exe.toString());
        browser.submit("form:add");
        assertTrue(browser.text().contains("geen PDF, Word- (.docx) of Excel-bestand"), browser.text());
        assertEquals("Model " + w, browser.find("form:title").getAttribute("value"),
                "the form keeps what was typed");

        browser.find("form:file").sendKeys(first.toString());
        browser.submit("form:add");
        assertTrue(browser.text().contains("Het document is toegevoegd."), browser.text());
        long document = Db.number("SELECT id FROM knowledge_document WHERE title = ?", "Model " + w);
        browser.chooseValue("versionForm:document", String.valueOf(document));
        browser.find("versionForm:versionFile").sendKeys(second.toString());
        browser.submit("versionForm:uploadVersion");
        assertTrue(browser.text().contains("Versie 2 is toegevoegd"), browser.text());
        assertEquals(List.of("1", "2"),
                Db.rows("SELECT version_no FROM knowledge_document_version WHERE document_id = ? "
                        + "ORDER BY version_no", document).stream().map(r -> r.get(0)).toList());

        browser.logOut().open("/documents/index.xhtml?theme=avg");
        assertTrue(browser.find("document-" + document).getText().contains("versie 2"),
                browser.find("document-" + document).getText());
    }

    @Test
    void theNewPagesPassAxeInBothLanguagesAndFitAPhone() {
        var w = KnowledgeBaseIT.word();
        long article = Fixtures.article("avg", "Gegevens " + w + "delen", "Over **" + w + "delen**.", false);
        long members = Fixtures.article("avg", "Besloten " + w, "Geheim.", true);
        long document = Fixtures.document("avg", "Model " + w, false, "een", "twee");
        for (var path : new String[]{"/knowledge/index.xhtml", "/knowledge/index.xhtml?theme=avg",
                "/knowledge/index.xhtml?q=" + w + "gedeeld", "/knowledge/article.xhtml?id=" + article,
                "/knowledge/article.xhtml?id=" + members, "/documents/index.xhtml"}) {
            browser.assertAccessibleInBothLanguages(path);
        }
        browser.logInAs(EDITOR);
        for (var path : new String[]{"/adviser/articles.xhtml", "/adviser/article.xhtml",
                "/adviser/article.xhtml?id=" + article, "/adviser/documents.xhtml",
                "/adviser/documents.xhtml?id=" + document}) {
            browser.assertAccessibleInBothLanguages(path);
        }
        Viewport.width(browser, Viewport.PHONE);
        try {
            for (var path : new String[]{"/knowledge/index.xhtml?q=vrijstelling",
                    "/knowledge/article.xhtml?id="
                            + article,
                    "/documents/index.xhtml", "/adviser/articles.xhtml", "/adviser/article.xhtml?id="
                            + article,
                    "/adviser/documents.xhtml"}) {
                browser.open(path);
                long scroll = (Long) ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth");
                assertTrue(scroll <= Viewport.PHONE, path + " is " + scroll + " px wide");
            }
        } finally {
            Viewport.width(browser, Viewport.DESKTOP);
        }
        // English pages say the article's content is Dutch
        browser.open("/knowledge/article.xhtml?id=" + article + "&lang=en");
        assertFalse(browser.findAll(By.cssSelector("#body[lang=nl]")).isEmpty());
    }
}
