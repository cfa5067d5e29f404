package nl.ingrado.portal.register.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UploadsTest {

    @Test
    void uploadsAreKnownByTheirContentNotTheirName() {
        assertEquals("application/pdf", Uploads.contentType("%PDF-1.7\n".getBytes()).orElseThrow());
        assertEquals("image/png",
                Uploads.contentType(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})
                        .orElseThrow());
        assertEquals("image/jpeg",
                Uploads.contentType(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).orElseThrow());
        assertEquals(true, Uploads.contentType("<html><script>alert(1)</script>".getBytes()).isEmpty());
        assertEquals("evil.html.pdf", Uploads.cleanName("../../evil.html", "application/pdf"));
    }
}
