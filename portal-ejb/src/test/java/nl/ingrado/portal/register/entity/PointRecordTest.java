package nl.ingrado.portal.register.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.junit.jupiter.api.Test;

class PointRecordTest {

    private static final BigDecimal PER_HOUR = BigDecimal.ONE;

    static PointRecord claim(String hours, String points) {
        return new PointRecord(1, 1, 1, LocalDate.of(2026, 5, 1), "Congres", "Elders", null, null, "A1",
                hours == null ? null : new BigDecimal(hours), points == null ? null : new BigDecimal(points),
                RecordSource.SUBMISSION, RecordStatus.PENDING, null, null, null, null, null, null, null, null,
                null);
    }

    @Test
    void moreThanClaimedNeedsAReason() {
        var record = claim("2", "2");
        var refused = assertThrows(BusinessException.class,
                () -> record.checkApproval(new BigDecimal("50"), PER_HOUR, "  "));
        assertEquals("reason", refused.field());
        assertEquals("krsd.review.reasonForMore", refused.messageKey());
        assertDoesNotThrow(() -> record.checkApproval(new BigDecimal("50"), PER_HOUR, "Twee congresdagen"));
        assertDoesNotThrow(() -> record.checkApproval(new BigDecimal("2"), PER_HOUR, null));
        assertDoesNotThrow(() -> record.checkApproval(new BigDecimal("0.5"), PER_HOUR, null));
    }

    @Test
    void theHoursBoundAClaimAboveThem() {
        assertEquals(0, new BigDecimal("3").compareTo(claim("3", "9").approvableWithoutReason(PER_HOUR)));
        assertEquals(0, new BigDecimal("1.5")
                .compareTo(claim("3", "9").approvableWithoutReason(new BigDecimal("0.5"))));
        assertThrows(BusinessException.class,
                () -> claim("3", "9").checkApproval(new BigDecimal("4"), PER_HOUR, null));
        assertEquals(0, new BigDecimal("6").compareTo(claim(null, "6").approvableWithoutReason(PER_HOUR)),
                "without hours the claim bounds it");
        assertNull(claim(null, null).approvableWithoutReason(PER_HOUR));
    }
}
