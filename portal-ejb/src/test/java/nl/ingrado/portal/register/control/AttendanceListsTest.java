package nl.ingrado.portal.register.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceListsTest {

    @Test
    void oneNumberPerLineToleratesSpacesCaseAndDuplicates() {
        assertEquals(List.of("KRSD-000012", "KRSD-000013"),
                AttendanceLists.parse("  krsd-000012 \n\nKRSD - 13\nKRSD-000012\r\nkrsd 12\n"));
    }

    @Test
    void aCsvFileWithAHeaderAndNamesYieldsItsColumnOfNumbers() {
        var csv = "\uFEFFNaam;Registratienummer;Organisatie\n\"de Leerplicht, Lotte\";KRSD-000001;Amsterdam\n"
                + "Rik;krsd-000002;Utrecht\n";
        assertEquals(List.of("KRSD-000001", "KRSD-000002"),
                AttendanceLists.parse(AttendanceLists.text(csv.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void somethingThatIsNoNumberIsKeptSoTheReportCanCallItUnknown() {
        var parsed = AttendanceLists.parse("KRSD-000001\nonbekend 123x\n" + "x".repeat(100));
        assertEquals(3, parsed.size());
        assertEquals("onbekend 123x", parsed.get(1));
        assertTrue(parsed.get(2).length() <= 31, "long junk is cut for the report");
        assertFalse(AttendanceLists.looksLikeNumber(parsed.get(1)));
    }

    @Test
    void theApiListIsNormalisedTheSameWay() {
        assertEquals(List.of("KRSD-000007", "abc"),
                AttendanceLists.of(Arrays.asList(" krsd-7", "KRSD-000007", null, "", "abc")));
    }
}
