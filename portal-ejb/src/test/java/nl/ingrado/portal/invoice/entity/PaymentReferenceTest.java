package nl.ingrado.portal.invoice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The betalingskenmerk: 16 digits whose first checks the rest, so that a mistyped one pays nothing. */
class PaymentReferenceTest {

    @Test
    void aReferenceIsSixteenDigitsAndChecksItself() {
        var reference = PaymentReference.of(2026, 42);
        assertEquals(16, reference.length());
        assertEquals("2026", reference.substring(1, 5));
        assertTrue(reference.endsWith("0000000042"));
        assertTrue(PaymentReference.valid(reference));
        assertTrue(PaymentReference.valid(PaymentReference.grouped(reference)), "as a bank form shows it");
        assertEquals(
                reference.substring(0, 4) + " " + reference.substring(4, 8) + " " + reference.substring(8, 12)
                        + " " + reference.substring(12),
                PaymentReference.grouped(reference));
    }

    @Test
    void everyMistypedDigitAndEverySwapOfNeighboursIsCaught() {
        for (int seq = 1; seq < 20_000; seq += 7) {
            var reference = PaymentReference.of(2026, seq);
            for (int i = 0; i < 16; i++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d != reference.charAt(i)) {
                        var typo = reference.substring(0, i) + d + reference.substring(i + 1);
                        assertFalse(PaymentReference.valid(typo), typo);
                    }
                }
            }
            for (int i = 1; i < 15; i++) {
                if (reference.charAt(i) != reference.charAt(i + 1)) {
                    var swapped = reference.substring(0, i) + reference.charAt(i + 1) + reference.charAt(i)
                            + reference.substring(i + 2);
                    assertFalse(PaymentReference.valid(swapped), swapped);
                }
            }
        }
    }

    @Test
    void theBanksOwnRuleAloneWouldLetSomeTyposThrough() {
        // remainder 1 and 10 both give check digit 1: "1" + body with remainder 10 checks, and so does a
        // typo of it that lands on remainder 1. The portal's own kenmerken avoid both remainders.
        var body = "202600000000000";
        int missed = 0;
        for (int seq = 0; seq < 1000; seq++) {
            var b = body.substring(0, 5) + String.format("%010d", seq);
            var reference = PaymentReference.checkDigit(b) + b;
            for (int i = 1; i < 16; i++) {
                for (char d = '0'; d <= '9'; d++) {
                    var typo = reference.substring(0, i) + d + reference.substring(i + 1);
                    if (d != reference.charAt(i) && PaymentReference.valid(typo)) {
                        missed++;
                    }
                }
            }
        }
        assertTrue(missed > 0, "the test can see a typo that checks");
    }

    @Test
    void anythingElseIsNoReference() {
        assertFalse(PaymentReference.valid(null));
        assertFalse(PaymentReference.valid(""));
        assertFalse(PaymentReference.valid("12345"));
        assertFalse(PaymentReference.valid("RF18539007547034"));
        assertFalse(PaymentReference.valid("1234567890123456789"));
    }
}
