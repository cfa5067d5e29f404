package nl.ingrado.portal.question.control;

import static nl.ingrado.portal.shared.control.UploadChecks.safeChars;
import static nl.ingrado.portal.shared.control.UploadChecks.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * What a document for the document list really is, by its content, never by its name or the browser's
 * word (as the KRSD uploads check theirs): a PDF by its {@code %PDF-} start; a Word or Excel file
 * (Office Open XML) by being a zip with {@code [Content_Types].xml} and a {@code word/} or {@code xl/}
 * part. Anything else, such as a program renamed to .pdf, is refused.
 */
public final class DocumentTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Documents: at most 10 MB each, as the assembly documents. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Entries read at most before a zip is given up on: a real Office file lists its parts early. */
    private static final int MAX_ENTRIES = 2000;

    private DocumentTypes() {
    }

    public static Optional<String> contentType(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return officeType(content);
        }
        return Optional.empty();
    }

    /** The extension that goes with a content type, for the file name of a download. */
    public static String extension(String contentType) {
        return switch (contentType) {
            case PDF -> ".pdf";
            case DOCX -> ".docx";
            case XLSX -> ".xlsx";
            default -> throw new IllegalArgumentException(contentType);
        };
    }

    /** A short name for people: PDF, Word or Excel. */
    public static String label(String contentType) {
        return switch (contentType) {
            case PDF -> "PDF";
            case DOCX -> "Word";
            case XLSX -> "Excel";
            default -> "?";
        };
    }

    /** A file name safe for a Content-Disposition header and a page, ending in the type's extension. */
    public static String cleanName(String filename, String contentType) {
        var name = safeChars(filename).strip();
        var extension = extension(contentType);
        if (name.isBlank() || name.matches("[._ -]*")) {
            name = "document";
        }
        if (name.length() > 150) {
            name = name.substring(name.length() - 150);
        }
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension;
    }

    private static Optional<String> officeType(byte[] content) {
        boolean types = false;
        boolean word = false;
        boolean excel = false;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            int entries = 0;
            for (var entry = zip.getNextEntry(); entry != null
                    && entries < MAX_ENTRIES; entry = zip.getNextEntry()) {
                entries++;
                var name = entry.getName();
                types |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
                if (types && (word || excel)) {
                    break;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!types || word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? DOCX : XLSX);
    }
}
