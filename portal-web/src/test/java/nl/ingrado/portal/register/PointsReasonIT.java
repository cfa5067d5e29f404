package nl.ingrado.portal.register;

import static nl.ingrado.portal.register.RegisterFixtures.business;
import static nl.ingrado.portal.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.ingrado.portal.register.boundary.PointLedger.Decision;
import nl.ingrado.portal.register.boundary.Submission;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;

/**
 * An auditor may approve fewer points than claimed freely, but more than was claimed or than the net
 * hours give (hours × points per hour) only with a reason: refused on the reason field, in Dutch and
 * English, and nothing changes.
 */
class PointsReasonIT extends RegisterContainerTest {

    private static final String AUDITOR = "auditor@example.nl";

    @Test
    void approvingMoreThanClaimedOrThanTheHoursGiveNeedsAReason() {
        long account = fixtures.account();
        fixtures.activeRegistrant(account);
        long claimOfTwo = ledger.submit(account, submission("2"));
        var claimed = Db.decimal("SELECT points FROM point_record WHERE id = ?", claimOfTwo);

        var refused = business(assertThrows(Exception.class,
                () -> ledger.review(AUDITOR, claimOfTwo, Decision.APPROVE, new BigDecimal("50"), "A1", " ")));
        assertEquals("reason", refused.field());
        assertEquals("krsd.review.reasonForMore", refused.messageKey());
        assertEquals(0, new BigDecimal("2").compareTo((BigDecimal) refused.arguments()[0]),
                "the most without one");
        assertEquals("PENDING", status(claimOfTwo), "nothing changed");
        assertTrue(text("nl", refused).startsWith("Meer dan 2 punten"), text("nl", refused));
        assertTrue(text("en", refused).startsWith("You can approve more than 2 points"), text("en", refused));

        var justOver = business(assertThrows(Exception.class,
                () -> ledger.review(AUDITOR, claimOfTwo, Decision.APPROVE, new BigDecimal("2.1"), "A1",
                        null)));
        assertEquals("krsd.review.reasonForMore", justOver.messageKey());

        ledger.review(AUDITOR, claimOfTwo, Decision.APPROVE, new BigDecimal("50"), "A1",
                "Twee dagen congres met voorbereiding, aangetoond");
        assertEquals("APPROVED", status(claimOfTwo));
        assertEquals(0,
                new BigDecimal("50").compareTo(Db.decimal("SELECT points FROM point_record WHERE id = ?",
                        claimOfTwo)));

        // the claim or less needs no reason
        long asClaimed = ledger.submit(account, submission("3"));
        ledger.review(AUDITOR, asClaimed, Decision.APPROVE, null, null, null);
        long less = ledger.submit(account, submission("4"));
        ledger.review(AUDITOR, less, Decision.APPROVE, new BigDecimal("0.5"), "A1", null);
        assertEquals("APPROVED", status(asClaimed));
        assertEquals("APPROVED", status(less));

        // a claim above what the hours give (set past the form): the hours bound it
        long inflated = ledger.submit(account, submission("2"));
        Db.update("UPDATE point_record SET points = points + 9 WHERE id = ?", inflated);
        var byHours = business(assertThrows(Exception.class,
                () -> ledger.review(AUDITOR, inflated, Decision.APPROVE, null, null, null)));
        assertEquals("krsd.review.reasonForMore", byHours.messageKey());
        assertEquals("PENDING", status(inflated));
    }

    private static String status(long record) {
        return Db.text("SELECT status FROM point_record WHERE id = ?", record);
    }

    private static String text(String language, nl.ingrado.portal.shared.entity.BusinessException e) {
        var locale = Locale.forLanguageTag(language);
        var pattern = ResourceBundle.getBundle("nl.ingrado.portal.web.krsd", locale)
                .getString(e.messageKey());
        return new MessageFormat(pattern, locale).format(e.arguments());
    }

    private static Submission submission(String hours) {
        return RegisterFixtures.submission(today().minusDays(3), hours, "A1");
    }
}
