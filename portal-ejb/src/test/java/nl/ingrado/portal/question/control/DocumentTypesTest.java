package nl.ingrado.portal.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentTypesTest {

    @Test
    void knowsPdfWordAndExcelByContent() throws IOException {
        assertEquals(Optional.of(DocumentTypes.PDF),
                DocumentTypes.contentType("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(DocumentTypes.DOCX), DocumentTypes.contentType(zip("[Content_Types].xml",
                "word/document.xml")));
        assertEquals(Optional.of(DocumentTypes.XLSX), DocumentTypes.contentType(zip("[Content_Types].xml",
                "xl/workbook.xml")));
    }

    @Test
    void refusesProgramsAndPlainZips() throws IOException {
        assertTrue(DocumentTypes.contentType(new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0}).isEmpty());
        assertTrue(DocumentTypes.contentType(zip("readme.txt", "word/document.xml")).isEmpty());
        assertTrue(DocumentTypes.contentType(zip("[Content_Types].xml", "ppt/presentation.xml")).isEmpty());
        assertTrue(DocumentTypes.contentType(new byte[]{0x50, 0x4B, 3, 4, 1, 2}).isEmpty());
    }

    @Test
    void namesFilesSafelyWithTheirTypesExtension() {
        assertEquals("Beleid_2024.pdf", DocumentTypes.cleanName("C:\\tmp\\Beleid\"2024", DocumentTypes.PDF));
        assertEquals("lijst.xlsx.docx", DocumentTypes.cleanName("lijst.xlsx", DocumentTypes.DOCX));
    }

    static byte[] zip(String... names) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
