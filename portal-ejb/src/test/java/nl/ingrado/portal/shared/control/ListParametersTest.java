package nl.ingrado.portal.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.junit.jupiter.api.Test;

class ListParametersTest {

    enum Colour {
        RED, GREEN
    }

    private static ListParameters of(Map<String, String> values) {
        return new ListParameters(values::get, "invalid");
    }

    @Test
    void blankIsNotGivenAndValuesAreStripped() {
        var p = of(Map.of("q", "  ", "id", " 42 ", "colour", " green"));
        assertNull(p.value("q"));
        assertNull(p.value("absent"));
        assertEquals(42L, p.id("id"));
        assertEquals(Colour.GREEN, p.choice("colour", Colour.class));
    }

    @Test
    void aBadValueIsRefusedOnItsParameter() {
        var p = of(Map.of("id", "-1", "colour", "BLUE", "q", "x".repeat(11)));
        var id = assertThrows(BusinessException.class, () -> p.id("id"));
        assertEquals("id", id.field());
        assertEquals("invalid", id.messageKey());
        assertEquals("colour",
                assertThrows(BusinessException.class, () -> p.choice("colour", Colour.class)).field());
        var text = assertThrows(BusinessException.class, () -> p.text("q", 10, "tooLong"));
        assertEquals("tooLong", text.messageKey());
        assertEquals(10, text.arguments()[0]);
        assertEquals("invalid", assertThrows(BusinessException.class, () -> p.text("q", 10)).messageKey());
    }
}
