package nl.ingrado.portal.shared.control;

import java.util.Locale;
import java.util.function.Function;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Reads the query parameters of a filtered list, wherever they come from (a page's view parameters,
 * an export's request, an API call): blank is "not given", values are stripped, and a bad value is
 * refused with a message naming its parameter. Each list names its own message keys, so the page
 * shows the wording that fits it.
 */
public final class ListParameters {

    private final Function<String, String> source;
    private final String invalidKey;

    /**
     * @param source
     *            the raw value of a parameter by name, null when absent
     * @param invalidKey
     *            the message for a value that is not valid, with the parameter's name as argument
     */
    public ListParameters(Function<String, String> source, String invalidKey) {
        this.source = source;
        this.invalidKey = invalidKey;
    }

    /** The stripped value, or null when absent or blank. */
    public String value(String name) {
        var value = source.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Free text of at most {@code max} characters. */
    public String text(String name, int max, String tooLongKey) {
        var text = value(name);
        if (text != null && text.length() > max) {
            throw BusinessException.onField(name, tooLongKey, max);
        }
        return text;
    }

    /** Free text of at most {@code max} characters; longer is refused as not valid. */
    public String text(String name, int max) {
        var text = value(name);
        if (text != null && text.length() > max) {
            throw invalid(name);
        }
        return text;
    }

    /** A database id: digits only. */
    public Long id(String name) {
        var value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            throw invalid(name);
        }
        return Long.valueOf(value);
    }

    /** A constant of the enum, in any case. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        var value = value(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(name);
        }
    }

    public BusinessException invalid(String name) {
        return BusinessException.onField(name, invalidKey, name);
    }
}
