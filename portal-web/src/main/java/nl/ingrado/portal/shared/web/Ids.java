package nl.ingrado.portal.shared.web;

/** Ids typed in an address bar: anything but a plain number is an id that does not exist. */
public final class Ids {

    private Ids() {
    }

    /** The id, or null when {@code text} is missing or not a number of at most 18 digits. */
    public static Long parse(String text) {
        if (text == null) {
            return null;
        }
        var stripped = text.strip();
        return stripped.matches("\\d{1,18}") ? Long.valueOf(stripped) : null;
    }
}
