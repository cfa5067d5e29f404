package nl.ingrado.portal.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed settings with their defaults; booleans as MicroProfile Config reads them. */
class SettingsTest {

    private final Settings settings = Settings.of(Map.of("threads", " 8 ", "rate", "2.5", "ssl", "ON",
            "user", "  ", "from", "x@example.test"));

    @Test
    void aSetValueIsReadAndAnUnsetOneFallsBack() {
        assertEquals(8, settings.number("threads", 4));
        assertEquals(4, settings.number("lease", 4));
        assertEquals(2.5, settings.decimal("rate", 0));
        assertEquals("x@example.test", settings.text("from", "default"));
        assertEquals("default", settings.text("reply-to", "default"));
    }

    @Test
    void trueIsWhatMicroProfileConfigTakesForTrue() {
        assertTrue(settings.flag("ssl", false));
        assertTrue(settings.flag("unset", true));
        assertFalse(Settings.of(Map.of("ssl", "nope")).flag("ssl", true));
    }

    @Test
    void aBlankValueIsAbsentOnlyWhereAskedFor() {
        assertEquals(Optional.empty(), settings.nonBlank("user"));
        assertEquals(Optional.of("  "), settings.text("user"));
    }
}
