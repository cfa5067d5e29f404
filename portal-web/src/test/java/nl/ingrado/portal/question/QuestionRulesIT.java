package nl.ingrado.portal.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.validation.Validation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Set;
import nl.ingrado.portal.account.entity.Role;
import nl.ingrado.portal.member.boundary.PrivacyService;
import nl.ingrado.portal.question.boundary.Advisers;
import nl.ingrado.portal.question.boundary.QuestionDesk;
import nl.ingrado.portal.question.boundary.QuestionDesk.NewQuestion;
import nl.ingrado.portal.question.boundary.QuestionPrivacy;
import nl.ingrado.portal.question.entity.QuestionStatus;
import nl.ingrado.portal.question.entity.Rating;
import nl.ingrado.portal.question.web.AskForm;
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
 * The question desk's rules in the container on real MariaDB: due dates in working days, the status
 * machine with re-opening by a follow-up, the personal-data guard (form and service), who may ask, the
 * daily digest claimed once, erasure and the retention of question texts. Each test makes its own people.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionRulesIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment();
    }

    @Inject
    QuestionDesk desk;

    @Inject
    Advisers advisers;

    @Inject
    QuestionPrivacy questionPrivacy;

    @Inject
    PrivacyService privacy;

    @Inject
    nl.ingrado.portal.question.boundary.QuestionFigures figures;

    /** A professional with premium access: confirmed at a municipality that is a member this year. */
    private static long premiumMember(String prefix) {
        var account = Fixtures.account(prefix);
        long person = Fixtures.person("Vera", prefix, account.email());
        Db.update("UPDATE person SET account_id = ? WHERE id = ?", account.id(), person);
        var organisation = Fixtures.municipality(1000);
        Fixtures.member(organisation.id(), Fixtures.today().getYear());
        Fixtures.employ(person, organisation.id(), "LEERPLICHTAMBTENAAR", LocalDate.of(2020, 1, 1));
        return account.id();
    }

    private static long adviser(String prefix) {
        return Fixtures.account(prefix, "ADVISER").id();
    }

    private static NewQuestion question(String body) {
        return new NewQuestion("vrijstellingen", Fixtures.unique("Vrijstelling"), body);
    }

    @Test
    void dueDateIsFiveWorkingDaysWithHolidaysCounted() {
        // asked the Thursday before Easter 2026: Good Friday counts, Easter Monday does not
        assertEquals(LocalDate.of(2026, 4, 10), desk.dueFrom(LocalDate.of(2026, 4, 2)));
        // Koningsdag on Monday 27 April 2026, Bevrijdingsdag on Tuesday 5 May
        assertEquals(LocalDate.of(2026, 5, 4), desk.dueFrom(LocalDate.of(2026, 4, 24)));
        assertEquals(LocalDate.of(2026, 5, 8), desk.dueFrom(LocalDate.of(2026, 4, 30)));
        // Whit Monday 25 May 2026 after the weekend, Ascension 14 May
        assertEquals(LocalDate.of(2026, 6, 1), desk.dueFrom(LocalDate.of(2026, 5, 22)));
        assertEquals(LocalDate.of(2026, 5, 21), desk.dueFrom(LocalDate.of(2026, 5, 13)));
        long member = premiumMember("due");
        long id = desk.ask(member, question("Wanneer gaat de vrijstelling in?"));
        assertEquals(desk.dueFrom(desk.today()), desk.find(id).orElseThrow().getDueOn());
    }

    @Test
    void aFollowUpReopensTheAnsweredQuestionForTheSameAdviser() {
        long member = premiumMember("reopen");
        long anna = adviser("anna");
        long bert = adviser("bert");
        long id = desk.ask(member,
                question("Welke vrijstelling past bij een verhuizing naar het buitenland?"));
        assertEquals(QuestionStatus.NEW, desk.find(id).orElseThrow().getStatus());
        desk.claim(anna, id);
        assertEquals(QuestionStatus.IN_PROGRESS, desk.find(id).orElseThrow().getStatus());
        var other = assertThrows(BusinessException.class, () -> desk.claim(bert, id));
        assertEquals("question.claimedByOther", other.messageKey());
        desk.note(bert, id, "Ik kijk mee.");
        desk.answer(anna, id, "Artikel 5 onder **c**.");
        var answered = desk.find(id).orElseThrow();
        assertEquals(QuestionStatus.ANSWERED, answered.getStatus());
        assertEquals(anna, answered.getAdviserAccountId());
        var email = Db.text("SELECT email FROM account WHERE id = ?", member);
        assertTrue(
                Db.number("SELECT COUNT(*) FROM mail_log WHERE recipient = ? AND kind = 'question.answered'",
                        email) == 1);
        // answering again is refused until the member follows up
        assertEquals("question.alreadyAnswered",
                assertThrows(BusinessException.class, () -> desk.answer(bert, id, "Nog iets")).messageKey());

        desk.followUp(member, id, "En als het gezin na een jaar terugkomt?");
        var reopened = desk.find(id).orElseThrow();
        assertEquals(QuestionStatus.IN_PROGRESS, reopened.getStatus());
        assertEquals(anna, reopened.getAdviserAccountId());
        assertEquals(desk.dueFrom(desk.today()), reopened.getDueOn());
        // the member sees follow-ups and answers, never the note
        assertEquals(2, reopened.visibleToAsker().size());
        assertEquals(3, reopened.getMessages().size());

        long answerId = reopened.getMessages().stream()
                .filter(m -> m.getKind() == nl.ingrado.portal.question.entity.MessageKind.ANSWER).findFirst()
                .orElseThrow().getId();
        desk.rate(member, id, answerId, Rating.USEFUL);
        assertEquals("question.alreadyRated", assertThrows(BusinessException.class,
                () -> desk.rate(member, id, answerId, Rating.NOT_USEFUL)).messageKey());

        desk.close(member, id);
        assertEquals(QuestionStatus.CLOSED, desk.find(id).orElseThrow().getStatus());
        assertEquals("question.closed", assertThrows(BusinessException.class,
                () -> desk.followUp(member, id, "Nog een vraag")).messageKey());
        // another member cannot touch it
        long stranger = premiumMember("stranger");
        assertTrue(desk.ownQuestion(stranger, id).isEmpty());
        assertEquals("question.notFound",
                assertThrows(BusinessException.class, () -> desk.followUp(stranger, id, "Hallo"))
                        .messageKey());
    }

    @Test
    void personalDataIsRefusedByTheFormAndByTheDesk() {
        long member = premiumMember("guard");
        int tenYearsAgo = Year.now().getValue() - 10;
        for (var text : new String[]{"De jongere heeft BSN 111222333.", "BSN 123.456.782",
                "geboren op 12 maart " + tenYearsAgo, "geb. 12-03-" + tenYearsAgo, "woont op 1234 AB 12"}) {
            var refused = assertThrows(BusinessException.class, () -> desk.ask(member, question(text)), text);
            assertEquals("body", refused.field(), text);
            assertTrue(refused.messageKey().startsWith("question.personalData."), text);

            var form = new AskForm();
            form.setTheme("vrijstellingen");
            form.setTitle("Een vraag");
            form.setQuestion(text);
            var violations = Validation.buildDefaultValidatorFactory().getValidator().validate(form);
            assertEquals(1, violations.size(), text);
            var violation = violations.iterator().next();
            assertEquals("question", violation.getPropertyPath().toString());
            assertTrue(violation.getMessageTemplate().startsWith("{question.personalData."), text);
        }
        // nine digits failing the 11-proef, a postcode alone, a month and year: asked
        long id = desk.ask(member,
                question("Zaak 123456789 in postcodegebied 3511 AB, sinds maart " + tenYearsAgo));
        assertTrue(desk.find(id).isPresent());
    }

    @Test
    void onlyPremiumMembersAsk() {
        var account = Fixtures.account("nopremium");
        long person = Fixtures.person("Niek", "Nietlid", account.email());
        Db.update("UPDATE person SET account_id = ? WHERE id = ?", account.id(), person);
        assertEquals(false, desk.canAsk(account.id()));
        assertEquals("question.notPremium", assertThrows(BusinessException.class,
                () -> desk.ask(account.id(), question("Mag ik een vraag stellen?"))).messageKey());
    }

    @Test
    void staffWhoAdviseLandOnTheStaffHome() {
        assertEquals("/staff/index.xhtml", Role.homePageOf(Set.of(Role.STAFF, Role.ADVISER)));
        assertEquals("/adviser/index.xhtml", Role.homePageOf(Set.of(Role.ADVISER)));
    }

    @Test
    void aNewQuestionMailsTheAdvisersOfItsThemeAtOnce() {
        long atOnce = adviser("atonce");
        long otherTheme = adviser("othertheme");
        advisers.choose(atOnce, Set.of("doorstroompunt"), nl.ingrado.portal.question.entity.Notify.IMMEDIATE);
        advisers.choose(otherTheme, Set.of("avg"), nl.ingrado.portal.question.entity.Notify.IMMEDIATE);
        long member = premiumMember("notify");
        long id = desk.ask(member, new NewQuestion("doorstroompunt", Fixtures.unique("RMC-vraag"),
                "Wie meldt een voortijdig schoolverlater?"));
        var atOnceMail = Db.text("SELECT email FROM account WHERE id = ?", atOnce);
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM mail_log WHERE recipient = ? AND kind = 'question.new'",
                        atOnceMail));
        assertEquals(0,
                Db.number("SELECT COUNT(*) FROM mail_log WHERE recipient = ? AND kind = 'question.new'",
                        Db.text("SELECT email FROM account WHERE id = ?", otherTheme)));
        assertTrue(advisers
                .queue(new Advisers.QueueFilter("doorstroompunt", Set.of(QuestionStatus.NEW), 0L), 500)
                .stream().anyMatch(r -> r.id() == id));
    }

    @Test
    void figuresCountQuestionsInAnsweredAndOverdue() {
        int year = desk.today().getYear();
        var before = figures.of(year).total();
        long member = premiumMember("figures");
        long anna = adviser("figures-adviser");
        long answered = desk.ask(member, question("Een vraag voor de cijfers"));
        desk.answer(anna, answered, "Een antwoord.");
        long late = desk.ask(member, question("Een vraag die te laat is"));
        Db.update("UPDATE question SET due_on = CURDATE() - INTERVAL 1 DAY WHERE id = ?", late);
        var after = figures.of(year).total();
        assertEquals(before.site() + 2, after.site());
        assertEquals(before.answered() + 1, after.answered());
        assertEquals(before.overdue() + 1, after.overdue());
        assertTrue(after.median() != null && after.p90() >= after.median());
    }

    @Test
    void theDailyDigestIsSentOncePerDay() {
        long daily = adviser("daily");
        advisers.choose(daily, Set.of("avg"), nl.ingrado.portal.question.entity.Notify.DAILY);
        long member = premiumMember("digest");
        desk.ask(member,
                new NewQuestion("avg", Fixtures.unique("AVG-vraag"), "Mogen we dit delen met de school?"));
        var day = LocalDate.of(2100 + (int) (Math.random() * 800), 1, 1)
                .plusDays((long) (Math.random() * 360));
        assertTrue(advisers.sendDigest(day) >= 1);
        assertEquals(0, advisers.sendDigest(day));
        var email = Db.text("SELECT email FROM account WHERE id = ?", daily);
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM mail_log WHERE recipient = ? AND kind = 'question.digest'",
                        email));
    }

    @Test
    void erasureKeepsTheQuestionWithoutItsAsker() {
        long member = premiumMember("erase");
        long anna = adviser("erase-adviser");
        long id = desk.ask(member, question("Hoe lang geldt een vrijstelling?"));
        desk.answer(anna, id, "Een jaar.");
        desk.followUp(member, id, "Ook bij een verhuizing?");
        var export = privacy.export(member);
        assertTrue(export.contains("\"questions\"") && export.contains("Hoe lang geldt een vrijstelling?"),
                export);
        privacy.requestErasure(member);
        privacy.carryOut(Db.number("SELECT id FROM erasure_request WHERE account_id = ?", member),
                "bureau@test");
        var row = Db.rows("SELECT asker_account_id, asker_name, status FROM question WHERE id = ?", id)
                .get(0);
        assertNull(row.get(0));
        assertNull(row.get(1));
        assertEquals("IN_PROGRESS", row.get(2));
        assertEquals(PrivacyService.ERASED, Db.text(
                "SELECT author_name FROM question_message WHERE question_id = ? AND kind = 'FOLLOW_UP'", id));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM question_message WHERE question_id = ? "
                + "AND kind = 'FOLLOW_UP' AND author_account_id IS NOT NULL", id));
    }

    @Test
    void questionTextsGoTwoYearsAfterClosing() {
        long member = premiumMember("retention");
        long anna = adviser("retention-adviser");
        long old = desk.ask(member, question("Een oude vraag"));
        desk.answer(anna, old, "Een oud antwoord.");
        desk.followUp(member, old, "Een oude vervolgvraag");
        desk.close(member, old);
        long recent = desk.ask(member, question("Een recente vraag"));
        desk.close(member, recent);
        var now = LocalDateTime.now(ZoneOffset.UTC);
        Db.update("UPDATE question SET closed_at = ? WHERE id = ?", now.minusMonths(25), old);
        Db.update("UPDATE question SET closed_at = ? WHERE id = ?", now.minusMonths(23), recent);

        assertTrue(questionPrivacy.removeExpiredTexts(now) >= 1);
        var q = desk.find(old).orElseThrow();
        assertNull(q.getBody());
        assertTrue(q.getTextRemovedAt() != null);
        assertTrue(q.getTitle().startsWith("Vrijstelling"));
        q.getMessages().forEach(m -> {
            if (m.getKind() == nl.ingrado.portal.question.entity.MessageKind.FOLLOW_UP) {
                assertNull(m.getBody());
            } else {
                assertEquals("Een oud antwoord.", m.getBody());
            }
        });
        assertEquals("Een recente vraag", desk.find(recent).orElseThrow().getBody());
        // a second run (another node) changes nothing more
        questionPrivacy.removeExpiredTexts(now);
        assertEquals("Een recente vraag", desk.find(recent).orElseThrow().getBody());
    }
}
