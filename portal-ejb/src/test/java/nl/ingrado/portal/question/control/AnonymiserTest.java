package nl.ingrado.portal.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnonymiserTest {

    @Test
    void replacesWhatPointsToAPerson() {
        var text = Anonymiser
                .anonymise("Mevrouw Jansen (j.jansen@school.nl, 06-12345678) vraagt of haar zoon "
                        + "Pieter van der Berg, BSN 123456782, geboren 12-03-2011, wonend Kerkstraat 12a, 3511 AB Utrecht, "
                        + "vanaf 1 september 2024 vrijstelling kan krijgen. Bel dhr. De Vries op 030 123 45 67.");
        for (var gone : new String[]{"Jansen", "j.jansen", "12345678", "Pieter", "Berg", "123456782",
                "12-03-2011", "Kerkstraat", "3511", "1 september", "Vries", "030 123"}) {
            assertFalse(text.contains(gone), gone + " still in: " + text);
        }
        for (var placeholder : new String[]{"Mevrouw [naam]", "[e-mailadres]", "[telefoonnummer]",
                "zoon [naam]",
                "[BSN]", "[datum]", "[adres]", "[postcode]", "dhr. [naam]"}) {
            assertTrue(text.contains(placeholder), placeholder + " missing in: " + text);
        }
        assertTrue(text.contains("vrijstelling kan krijgen"), text);
    }

    @Test
    void leavesTheLawAndOrdinaryNumbersAlone() {
        var text = "Op grond van artikel 5 onder a van de Leerplichtwet 1969 is in 2023 aan 798 vragen gewerkt.";
        assertEquals(text, Anonymiser.anonymise(text));
    }
}
