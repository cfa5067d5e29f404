package nl.ingrado.portal.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.ingrado.portal.question.boundary.ArticleEditor;
import nl.ingrado.portal.question.boundary.ArticleEditor.ArticleText;
import nl.ingrado.portal.question.boundary.ArticleEditor.Editor;
import nl.ingrado.portal.question.boundary.KnowledgeBase;
import nl.ingrado.portal.question.boundary.KnowledgeBase.ArticleHit;
import nl.ingrado.portal.question.boundary.KnowledgeBase.Reader;
import nl.ingrado.portal.question.boundary.KnowledgeDocuments;
import nl.ingrado.portal.question.control.KnowledgeIndex;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge base's rules in the container on real MariaDB: Dutch word forms found, ranked and
 * marked; members-only articles kept from others; the index rebuilt after a change made straight in
 * the database (as another node would); a draft from a question anonymised; an outdated article led to
 * its replacement; documents checked by content and kept in versions; the figures counted.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeBaseIT {

    private static final Editor EDITOR = new Editor("redacteur@example.nl", Set.of("STAFF"));
    private static final Reader PREMIUM = new Reader(true, false);

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment();
    }

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    ArticleEditor editor;

    @Inject
    KnowledgeDocuments documents;

    @Test
    void findsDutchWordFormsRankedAndMarkedAndKeepsMembersOnlyArticlesForMembers() {
        // a made-up prefix keeps the test's words its own, whatever else the database holds
        var w = word();
        long title = Fixtures.article("vrijstellingen", "Over " + w + "vrijstellingen",
                "Wat " + w + "vrijstellingen zijn, en wanneer een " + w + "vrijstelling eindigt.", false);
        long body = Fixtures.article("vrijstellingen", "Iets anders",
                "Een zin over de " + w + "vrijstellingen & <script>x</script> daarna.", false);
        long members = Fixtures.article("in-uitschrijvingen", "De " + w + "uitschrijving",
                "Hoe de " + w + "uitschrijving verloopt.", true);

        var hits = await(() -> knowledgeBase.search(w + "vrijstelling", null, false, 10), h -> h.size() == 2);
        assertEquals(List.of(title, body), hits.stream().map(ArticleHit::id).toList(), "title first");
        assertTrue(hits.get(1).snippetHtml().contains("<mark>" + w + "vrijstellingen</mark>"),
                hits.get(1).snippetHtml());
        assertTrue(hits.get(1).snippetHtml().contains("&lt;script&gt;"),
                "escaped: " + hits.get(1).snippetHtml());
        assertFalse(hits.get(1).snippetHtml().contains("<script>"));

        // "uitschrijven" finds "uitschrijving", for premium members only
        assertTrue(knowledgeBase.search(w + "uitschrijven", null, false, 10).isEmpty());
        var found = knowledgeBase.find(w + "uitschrijven", null, PREMIUM, 10).hits();
        assertEquals(List.of(members), found.stream().map(h -> h.id()).toList());
        assertTrue(found.get(0).titleHtml().contains("<mark>" + w + "uitschrijving</mark>"),
                found.get(0).titleHtml());
        assertTrue(knowledgeBase.article(members, Reader.VISITOR).orElseThrow().locked());
        assertEquals("", knowledgeBase.article(members, Reader.VISITOR).orElseThrow().bodyHtml());
        assertFalse(knowledgeBase.article(members, PREMIUM).orElseThrow().locked());

        // the theme filter, and the real words in the demo articles
        assertTrue(knowledgeBase.search(w + "vrijstelling", "avg", true, 10).isEmpty());
        assertTrue(knowledgeBase.search("vrijstelling", null, false, 20).stream()
                .anyMatch(h -> h.title().startsWith("Vrijstellingen: welke soorten")));
        assertTrue(knowledgeBase.search("uitschrijven", null, false, 20).stream()
                .anyMatch(h -> h.title().startsWith("Uitschrijving van een leerling")));
    }

    @Test
    void rebuildsTheIndexAfterAChangeMadeStraightInTheDatabase() {
        var w = word();
        // as another node (or a person with SQL) would: nothing on this node is told
        long id = Db.insert(
                "INSERT INTO knowledge_article (theme_code, title, body, status, published_at, created_at, "
                        + "created_by, updated_at, updated_by) VALUES ('avg', ?, 'Tekst.', 'PUBLISHED', UTC_TIMESTAMP(6), "
                        + "UTC_TIMESTAMP(6), 'sql', UTC_TIMESTAMP(6), 'sql')",
                "Bewaartermijn " + w + "dossiers");
        var hits = await(() -> knowledgeBase.search(w + "dossier", null, false, 5), h -> !h.isEmpty());
        assertEquals(id, hits.get(0).id());

        Db.update("UPDATE knowledge_article SET title = ? WHERE id = ?", "Inzage in " + w + "verslagen", id);
        await(() -> knowledgeBase.search(w + "verslag", null, false, 5), h -> !h.isEmpty());
        assertTrue(knowledgeBase.search(w + "dossier", null, false, 5).isEmpty());

        Db.update("UPDATE knowledge_article SET members_only = TRUE WHERE id = ?", id);
        await(() -> knowledgeBase.search(w + "verslag", null, false, 5), List::isEmpty);
        assertEquals(1, knowledgeBase.search(w + "verslag", null, true, 5).size());
    }

    @Test
    void aDraftFromAQuestionIsAnAnonymisedCopyThatNobodyFinds() {
        var w = word();
        long id = knowledgeBase.draftFromQuestion("vrijstellingen",
                "Vraag van mevrouw Jansen over " + w + "regelingen",
                "Mevrouw Jansen (a.jansen@school.nl, 06-12345678) vraagt of haar zoon Pieter, BSN 123456782, "
                        + "geboren 12-03-2012, wonend Dorpsstraat 4, 1234 AB Ergens, vrijstelling krijgt. **Dringend**",
                "Beste dhr. De Vries, dat kan op grond van artikel 5 onder a.", "adviseur@example.nl");
        var row = Db.rows(
                "SELECT title, body, status, members_only, created_by FROM knowledge_article WHERE id = ?",
                id)
                .get(0);
        var text = row.get(0) + "\n" + row.get(1);
        for (var gone : List.of("Jansen", "a.jansen", "12345678", "Pieter", "123456782", "12-03-2012",
                "Dorpsstraat",
                "1234 AB", "Vries")) {
            assertFalse(text.contains(gone), gone + " left in: " + text);
        }
        assertTrue(text.contains("mevrouw [naam]") && text.contains("[BSN]") && text.contains("[datum]")
                && text.contains("dhr. [naam]") && text.contains("artikel 5 onder a"), text);
        assertTrue(row.get(1).contains("\\*\\*Dringend\\*\\*"),
                "the member's Markdown formats nothing: " + row.get(1));
        assertEquals(List.of("DRAFT", "1", "adviseur@example.nl"), row.subList(2, 5));
        assertTrue(knowledgeBase.search(w + "regelingen", null, true, 5).isEmpty(), "a draft is not found");
        assertTrue(knowledgeBase.article(id, PREMIUM).isEmpty(), "a draft is for editors");
        assertTrue(knowledgeBase.article(id, new Reader(true, true)).isPresent());

        // the editor publishes it; then it is found
        var draft = editor.load(EDITOR, id).orElseThrow();
        editor.save(EDITOR, id, draft.version(),
                new ArticleText("vrijstellingen", "Vrijstelling en " + w + "regelingen",
                        draft.text().body(), false),
                List.of());
        editor.publish(EDITOR, id);
        Db.update("UPDATE knowledge_article SET checked_on = CURRENT_DATE - INTERVAL 400 DAY WHERE id = ?",
                id);
        editor.checkedToday(EDITOR, id);
        assertEquals(java.time.LocalDate.now(ZoneId.of("Europe/Amsterdam")),
                editor.load(EDITOR, id).orElseThrow().checkedOn(), "Gecontroleerd vandaag");
        assertEquals(1, knowledgeBase.search(w + "regeling", null, false, 5).size());
    }

    @Test
    void anOutdatedArticleLeadsToItsReplacementAndIsNoLongerFound() {
        var w = word();
        long old = Fixtures.article("verzuim-verlof", "Oud " + w + "verlof", "Oude regels.", false);
        long replacement = Fixtures.article("verzuim-verlof", "Nieuw " + w + "verlof", "Nieuwe regels.",
                false);
        long draft = Fixtures.draftArticle("verzuim-verlof", "Concept", "x", false);
        var refused = assertThrows(BusinessException.class, () -> editor.replace(EDITOR, old, draft));
        assertEquals("article.replacement.invalid", refused.messageKey());
        assertThrows(BusinessException.class, () -> editor.replace(EDITOR, old, old));

        editor.replace(EDITOR, old, replacement);
        assertEquals(replacement, knowledgeBase.article(old, Reader.VISITOR).orElseThrow().replacedById());
        var hits = await(() -> knowledgeBase.search(w + "verlof", null, false, 5), h -> h.size() == 1);
        assertEquals(replacement, hits.get(0).id());
        // a replacement cannot itself be outdated, and the database keeps a draft from being replaced
        assertThrows(BusinessException.class, () -> editor.replace(EDITOR, replacement, old));
        assertThrows(IllegalStateException.class, () -> Db.update(
                "UPDATE knowledge_article SET replaced_by_id = ?, outdated_at = UTC_TIMESTAMP(6) WHERE id = ?",
                replacement, draft));
        assertThrows(IllegalStateException.class,
                () -> Db.update("UPDATE knowledge_article SET replaced_by_id = ? WHERE id = ?", old,
                        replacement));
        // related articles show only current ones
        var related = editor.load(EDITOR, replacement).orElseThrow();
        editor.save(EDITOR, replacement, related.version(), related.text(), List.of(old, draft));
        assertTrue(knowledgeBase.article(replacement, Reader.VISITOR).orElseThrow().related().isEmpty());
    }

    @Test
    void documentsAreCheckedByContentAndKeepTheirVersions() throws IOException {
        var exe = new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        var refused = assertThrows(BusinessException.class,
                () -> documents.add(EDITOR, "avg", "Beleid", null, false,
                        "beleid.pdf", exe));
        assertEquals("kbdocument.file.type", refused.messageKey());
        var renamedZip = zip("readme.txt");
        assertEquals("kbdocument.file.type", assertThrows(BusinessException.class,
                () -> documents.add(EDITOR, "avg", "Beleid", null, false, "beleid.docx", renamedZip))
                .messageKey());

        long id = documents.add(EDITOR, "avg", "Verwerkingsregister " + word(), "Een model.", true,
                "register.xlsx",
                zip("[Content_Types].xml", "xl/workbook.xml"));
        assertEquals(2, documents.addVersion(EDITOR, id, "../../register v2.pdf", Fixtures.pdf("tweede")));
        var newest = documents.download(id, null, PREMIUM).file().orElseThrow();
        assertEquals("application/pdf", newest.contentType());
        assertEquals("register v2.pdf", newest.filename());
        assertTrue(new String(newest.content(), StandardCharsets.ISO_8859_1).contains("tweede"));
        var first = documents.download(id, 1, PREMIUM).file().orElseThrow();
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                first.contentType());
        assertTrue(documents.download(id, null, Reader.VISITOR).refused());
        assertTrue(documents.download(id, 3, PREMIUM).file().isEmpty());
        var listed = documents.find(id, Reader.VISITOR).orElseThrow();
        assertTrue(listed.locked());
        assertEquals(List.of(2, 1),
                listed.versions().stream().map(KnowledgeDocuments.Version::number).toList());
        assertTrue(documents.list(null, Reader.VISITOR, true).stream().noneMatch(d -> d.id() == id));
        documents.edit(EDITOR, id, "leerplicht", "  Verwerkingsregister (model)  ", null, false);
        var edited = documents.find(id, Reader.VISITOR).orElseThrow();
        assertEquals(List.of("leerplicht", "Verwerkingsregister (model)"),
                List.of(edited.themeCode(), edited.title()));
        assertFalse(documents.download(id, null, Reader.VISITOR).refused(), "public now");
        assertEquals("kbdocument.theme.required", assertThrows(BusinessException.class,
                () -> documents.edit(EDITOR, id, "onbekend", "x", null, false)).messageKey());
    }

    @Test
    void countsReadsAndSearchesWithoutResultForTheFigures() {
        var w = word();
        long id = Fixtures.article("doorstroompunt", "Cijfers " + w, "Tekst.", false);
        knowledgeBase.recordRead(id);
        knowledgeBase.recordRead(id);
        knowledgeBase.find(w + "niets!  0612345678", null, Reader.VISITOR, 5);
        knowledgeBase.find("  " + w.toUpperCase() + "NIETS", null, Reader.VISITOR, 5);
        var month = YearMonth.now(ZoneId.of("Europe/Amsterdam"));
        var figures = knowledgeBase.figures(month, month);
        assertTrue(
                figures.reads().stream()
                        .anyMatch(r -> r.themeCode().equals("doorstroompunt") && r.reads() >= 2),
                figures.reads().toString());
        assertTrue(figures.missed().stream().anyMatch(m -> m.query().equals(w + "niets [telefoonnummer]")),
                figures.missed().toString());
        assertTrue(figures.missed().stream().anyMatch(m -> m.query().equals(w + "niets")),
                figures.missed().toString());
        assertEquals(2, Db.number("SELECT readings FROM knowledge_read WHERE article_id = ?", id));
    }

    /** Waits (a rebuild on another node's change takes up to the check interval) until {@code done}. */
    private static <T> T await(java.util.function.Supplier<T> call, java.util.function.Predicate<T> done) {
        long until = System.currentTimeMillis() + KnowledgeIndex.CHECK_MILLIS * 5 + 2000;
        T value = call.get();
        while (!done.test(value) && System.currentTimeMillis() < until) {
            sleep();
            value = call.get();
        }
        assertTrue(done.test(value), "not within the check interval: " + value);
        return value;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A made-up lower-case prefix of consonant–vowel pairs, unique enough for one test run. */
    static String word() {
        var random = ThreadLocalRandom.current();
        var out = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            out.append("bdfgklmnprst".charAt(random.nextInt(12))).append("aeiou".charAt(random.nextInt(5)));
        }
        return out.toString();
    }

    static byte[] zip(String... names) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
