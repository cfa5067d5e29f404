package nl.ingrado.portal.newsletter.control;

import static nl.ingrado.portal.newsletter.control.EditionTransition.transition;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.DRAFT;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.PAUSED;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.SCHEDULED;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.SENDING;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.SENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The guarded UPDATE of an edition's status, and the moves the status machine allows. */
class EditionTransitionTest {

    @Test
    void movesOnlyFromTheExpectedStatusAndBumpsTheVersion() {
        var move = transition(7, SENDING, PAUSED).set("paused_reason = ?", "server refused");
        assertEquals("UPDATE nl_edition SET status = ?, paused_reason = ?, version = version + 1 "
                + "WHERE id = ? AND status IN (?)", move.sql());
        assertEquals(List.of("PAUSED", "server refused", 7L, "SENDING"), move.parameters());
    }

    @Test
    void furtherConditionsComeAfterTheStatusInTheirOrder() {
        var move = transition(3, Set.of(SCHEDULED, DRAFT), SCHEDULED).set("scheduled_at = ?", "t")
                .when("a = ?", 1).when("b IS NULL");
        assertEquals("UPDATE nl_edition SET status = ?, scheduled_at = ?, version = version + 1 "
                + "WHERE id = ? AND status IN (?, ?) AND a = ? AND b IS NULL", move.sql());
        assertEquals(List.of("SCHEDULED", "t", 3L, "DRAFT", "SCHEDULED", 1), move.parameters());
    }

    @Test
    void refusesAMoveTheStatusMachineDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> transition(1, SENT, DRAFT));
        assertThrows(IllegalArgumentException.class, () -> transition(1, DRAFT, SENDING));
        assertThrows(IllegalArgumentException.class, () -> transition(1, Set.of(PAUSED, SCHEDULED), SENT));
    }
}
