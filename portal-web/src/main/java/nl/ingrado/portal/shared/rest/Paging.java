package nl.ingrado.portal.shared.rest;

import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The rows an API list call asks for: {@code first} (rows to skip, default 0) and {@code size} (rows
 * in the page, 1 to the list's maximum). Read from the text of the query parameters, so that a value
 * that is not a number is a 400 problem naming the parameter rather than a 404 from JAX-RS.
 */
public record Paging(int first, int size) {

    /**
     * @param first
     *            the {@code first} parameter, null or blank for 0
     * @param size
     *            the {@code size} parameter, null or blank for {@code defaultSize}
     */
    public static Paging of(String first, String size, int defaultSize, int maxSize) {
        return new Paging(number("first", first, 0, 0, Integer.MAX_VALUE),
                number("size", size, defaultSize, 1, maxSize));
    }

    private static int number(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw BusinessException.onField(name, "list.parameter.range", name, min, max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw BusinessException.onField(name, "list.parameter.invalid", name);
        }
    }
}
