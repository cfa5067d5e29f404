package nl.ingrado.portal.shared.control;

/**
 * What the KRSD uploads and the knowledge base documents both check in a file: its type by its first
 * bytes (its "magic number"), never by its name or the browser's word, and a name safe to show.
 */
public final class UploadChecks {

    private UploadChecks() {
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

    /**
     * The browser's file name without its folder (old browsers send the whole path) and with only
     * letters, digits, dot, underscore, space and hyphen, so it is safe in a Content-Disposition header
     * and on a page; empty for none.
     */
    public static String safeChars(String filename) {
        return filename == null
                ? ""
                : filename.replaceAll("^.*[/\\\\]", "").replaceAll("[^A-Za-z0-9._ -]", "_");
    }
}
