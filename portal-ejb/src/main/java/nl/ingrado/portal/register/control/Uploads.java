package nl.ingrado.portal.register.control;

import static nl.ingrado.portal.shared.control.UploadChecks.safeChars;
import static nl.ingrado.portal.shared.control.UploadChecks.startsWith;

import java.util.Optional;

/**
 * What an uploaded file really is, by its first bytes, never by its name or the browser's word:
 * only PDF, JPEG and PNG are taken, and they are only ever served as downloads.
 */
public final class Uploads {

    /** Evidence and accreditation documents: at most 5 MB each. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private Uploads() {
    }

    public static Optional<String> contentType(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** A file name safe to put in a Content-Disposition header and on a page. */
    public static String cleanName(String filename, String contentType) {
        var name = safeChars(filename);
        if (name.isBlank()) {
            name = "bewijs";
        }
        if (name.length() > 150) {
            name = name.substring(name.length() - 150);
        }
        var extension = switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
        var lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(extension) || (extension.equals(".jpg") && lower.endsWith(".jpeg"))
                ? name
                : name + extension;
    }
}
