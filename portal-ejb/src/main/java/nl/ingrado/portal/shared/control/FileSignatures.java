package nl.ingrado.portal.shared.control;

/**
 * Recognises an uploaded file by its first bytes (its "magic number"), never by its name or the
 * browser's word; shared by the KRSD uploads and the knowledge base documents.
 */
public final class FileSignatures {

    private FileSignatures() {
    }

    /** Whether the content starts with these bytes, given as unsigned values (0x00 to 0xFF). */
    public static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
